import type { SkillArea, StaffGroup } from "@/lib/generated/prisma/enums";

/**
 * The skills framework staff are surveyed on, as plain data (wording lives in texts/<locale>.json).
 * Each group has its own areas (enablers: management and networking; supporters: support and
 * pedagogy; workers: work and transversal skills), then DigComp 2.2's 21 competences in its five
 * areas, with the same code in every group so that digital gaps line up across groups.
 *
 * Codes are stable across versions (decision 0014): answers of two versions and training offers
 * refer to a skill by code. Any change here is a new version (prisma/seed-skills.ts adds it beside
 * the old one, which the surveys made with it keep).
 *
 * ESCO URIs: every skill's `escoUri` is null on purpose. The ESCO concepts that come close
 * ("lead others", "manage time", "work in teams", DigComp's own collection) could not be checked
 * against the ESCO portal while this was written, and an unchecked UUID would send training
 * providers to the wrong concept. An admin can fill them in a later version.
 */
export type SkillDefinition = {
  code: string;
  group: StaffGroup;
  area: SkillArea;
  /** DigComp 2.2 competence ("1.1"), for digital skills. */
  digCompRef: string | null;
  escoUri: string | null;
};

export type SkillFrameworkDefinition = {
  name: string;
  version: number;
  skills: readonly (SkillDefinition & { position: number })[];
};

/** DigComp 2.2's competences by area, in the framework's order. */
const DIGCOMP_AREAS: readonly [SkillArea, number][] = [
  ["DIGITAL_INFORMATION", 3],
  ["DIGITAL_COMMUNICATION", 6],
  ["DIGITAL_CONTENT", 4],
  ["DIGITAL_SAFETY", 4],
  ["DIGITAL_PROBLEM_SOLVING", 4],
];

export const DIGCOMP_CODES: readonly { code: string; area: SkillArea; ref: string }[] =
  DIGCOMP_AREAS.flatMap(([area, count], areaIndex) =>
    Array.from({ length: count }, (_, index) => {
      const ref = `${areaIndex + 1}.${index + 1}`;
      return { code: `DIGCOMP_${areaIndex + 1}_${index + 1}`, area, ref };
    }),
  );

/** Each group's own skills by area, in the order the survey asks them. */
const GROUP_SKILLS: Record<StaffGroup, readonly [SkillArea, readonly string[]][]> = {
  ENABLER: [
    [
      "MANAGEMENT",
      [
        "STRATEGY",
        "PLANNING",
        "LEADERSHIP",
        "DECISIONS",
        "TEAM_BUILDING",
        "FINANCE",
        "STAFF_DEVELOPMENT",
      ],
    ],
    ["NETWORKING", ["NETWORKING", "PARTNERSHIPS", "FUNDRAISING", "ADVOCACY"]],
  ],
  SUPPORTER: [
    [
      "SUPPORT",
      [
        "NEEDS_ASSESSMENT",
        "ADAPTING_TASKS",
        "MONITORING",
        "WELLBEING",
        "EMPLOYER_LIAISON",
        "COOPERATION",
      ],
    ],
    [
      "PEDAGOGY",
      [
        "TEACHING",
        "INDIVIDUAL_PLANS",
        "ACCESSIBLE_MATERIALS",
        "RECOGNISING_LEARNING",
        "MOTIVATING",
      ],
    ],
  ],
  WORKER: [
    ["WORK", ["FOLLOWING_INSTRUCTIONS", "SAFETY", "TOOLS", "QUALITY", "TIME", "CUSTOMERS"]],
    [
      "TRANSVERSAL",
      [
        "TEAMWORK",
        "COMMUNICATION",
        "PROBLEM_SOLVING",
        "LEARNING",
        "ASKING_HELP",
        "MANAGING_STRESS",
      ],
    ],
  ],
};

export const STAFF_GROUPS: readonly StaffGroup[] = ["ENABLER", "SUPPORTER", "WORKER"];

function skillsOf(group: StaffGroup): (SkillDefinition & { position: number })[] {
  const own = GROUP_SKILLS[group].flatMap(([area, names]) =>
    names.map((name) => ({ code: `${group}_${name}`, area, digCompRef: null })),
  );
  const digital = DIGCOMP_CODES.map(({ code, area, ref }) => ({ code, area, digCompRef: ref }));
  return [...own, ...digital].map((skill, index) => ({
    ...skill,
    group,
    escoUri: null,
    position: index + 1,
  }));
}

export const SKILL_FRAMEWORK: SkillFrameworkDefinition = {
  name: "B-WISE skills framework",
  version: 1,
  skills: STAFF_GROUPS.flatMap(skillsOf),
};

/** Every distinct code, for the texts files: DigComp codes appear once however many groups. */
export function frameworkCodes(definition: SkillFrameworkDefinition = SKILL_FRAMEWORK): string[] {
  return [...new Set(definition.skills.map((skill) => skill.code))];
}

/** Codes whose wording needs an easy-read sentence: those the workers are asked. */
export function easyReadCodes(definition: SkillFrameworkDefinition = SKILL_FRAMEWORK): string[] {
  return [
    ...new Set(definition.skills.filter((s) => s.group === "WORKER").map((skill) => skill.code)),
  ];
}
