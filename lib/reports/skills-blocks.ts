import type { GroupGaps } from "@/lib/skills/gaps/gap-map";
import type { BlocksContext } from "./blocks-context";
import type { ReportBlock } from "./snapshot";

/** How many gaps per staff group the report lists: the largest by Borich score. */
export const REPORTED_GAPS = 5;

/**
 * The skills gap map in short: per staff group, its largest gaps by Borich's mean weighted
 * discrepancy score, skills resting on fewer than five respondents left out as on the gap map.
 */
export function skillsBlocks(
  context: BlocksContext,
  groups: readonly GroupGaps[],
  skillName: (code: string) => string,
): ReportBlock[] {
  const { t } = context;
  const respondents = groups.reduce((sum, group) => sum + group.respondents, 0);
  if (respondents === 0) return [];
  const blocks: ReportBlock[] = [
    { kind: "paragraph", text: t("Reports.skills.intro", { count: respondents }) },
  ];
  for (const group of groups) {
    const name = t(`SkillGaps.groups.${group.group}`);
    blocks.push(
      {
        kind: "heading",
        text: t("Reports.skills.group", { group: name, count: group.respondents }),
      },
      {
        kind: "table",
        caption: t("Reports.skills.topGaps", { group: name }),
        columns: [
          { label: t("SkillGaps.columns.rank"), align: "end" },
          { label: t("SkillGaps.columns.skill") },
          { label: t("SkillGaps.columns.area") },
          { label: t("SkillGaps.columns.respondents"), align: "end" },
          { label: t("SkillGaps.columns.importance"), align: "end" },
          { label: t("SkillGaps.columns.mastery"), align: "end" },
          { label: t("SkillGaps.columns.mwds"), align: "end" },
        ],
        rows: group.skills
          .slice(0, REPORTED_GAPS)
          .map((skill) => [
            skill.rank,
            skillName(skill.code),
            t(`SkillGaps.areas.${skill.area as "MANAGEMENT"}`),
            skill.respondents,
            context.level(skill.meanImportance),
            context.level(skill.meanMastery),
            context.level(skill.mwds),
          ]),
        note:
          group.hiddenSkills > 0
            ? t("Reports.skills.hidden", { count: group.hiddenSkills })
            : undefined,
      },
    );
  }
  return blocks;
}
