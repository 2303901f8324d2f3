import "server-only";
import { type Actor, assertCan } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import type { SkillArea, StaffGroup } from "@/lib/generated/prisma/enums";
import { STAFF_GROUPS } from "./definition";

/** Every version, newest first within each name, with how many skills and surveys it has. */
export async function listSkillFrameworks(actor: Actor) {
  assertCan(actor, "skillFramework.manage");
  const frameworks = await db.skillFramework.findMany({
    orderBy: [{ name: "asc" }, { version: "desc" }],
    select: {
      id: true,
      name: true,
      version: true,
      createdAt: true,
      basedOn: { select: { version: true } },
      _count: { select: { skills: true, surveys: true } },
    },
  });
  return frameworks.map(({ _count, ...framework }) => ({
    ...framework,
    skillCount: _count.skills,
    surveyCount: _count.surveys,
  }));
}

export type FrameworkSkill = {
  id: string;
  code: string;
  digCompRef: string | null;
  escoUri: string | null;
  /** In the reader's language, or English when it has none (`fallback` says so). */
  name: string;
  easyRead: string | null;
  fallback: boolean;
  /** Every language's wording, for the editor. */
  texts: { locale: string; name: string; easyRead: string | null }[];
};

/**
 * One version, grouped by staff group then area in the framework's order, worded in `locale`
 * with English as the fallback. Null when it does not exist.
 */
export async function getSkillFramework(actor: Actor, frameworkId: string, locale: string) {
  assertCan(actor, "skillFramework.manage");
  const framework = await db.skillFramework.findUnique({
    where: { id: frameworkId },
    select: {
      id: true,
      name: true,
      version: true,
      createdAt: true,
      basedOn: { select: { id: true, version: true } },
      _count: { select: { surveys: true } },
      skills: {
        orderBy: [{ group: "asc" }, { position: "asc" }],
        select: {
          id: true,
          code: true,
          group: true,
          area: true,
          digCompRef: true,
          escoUri: true,
          texts: {
            select: { locale: true, name: true, easyRead: true },
            orderBy: { locale: "asc" },
          },
        },
      },
    },
  });
  if (!framework) return null;
  const versions = await db.skillFramework.findMany({
    where: { name: framework.name },
    orderBy: { version: "desc" },
    select: { id: true, version: true },
  });
  const groups = STAFF_GROUPS.map((group) => {
    const areas: { area: SkillArea; skills: FrameworkSkill[] }[] = [];
    for (const skill of framework.skills.filter((s) => s.group === group)) {
      const own = skill.texts.find((text) => text.locale === locale);
      const english = skill.texts.find((text) => text.locale === "en");
      const shown = own ?? english;
      const entry: FrameworkSkill = {
        id: skill.id,
        code: skill.code,
        digCompRef: skill.digCompRef,
        escoUri: skill.escoUri,
        name: shown?.name ?? skill.code,
        easyRead: shown?.easyRead ?? null,
        fallback: !own,
        texts: skill.texts,
      };
      const last = areas.at(-1);
      if (last?.area === skill.area) last.skills.push(entry);
      else areas.push({ area: skill.area, skills: [entry] });
    }
    return { group: group as StaffGroup, areas };
  });
  const { _count, skills: _skills, ...fields } = framework;
  return {
    ...fields,
    surveyCount: _count.surveys,
    editable: _count.surveys === 0,
    versions,
    groups,
  };
}

export type SkillFrameworkDetail = NonNullable<Awaited<ReturnType<typeof getSkillFramework>>>;

/** The version new surveys use: the highest. */
export async function getCurrentSkillFramework() {
  return db.skillFramework.findFirst({
    orderBy: [{ version: "desc" }, { createdAt: "desc" }],
    select: { id: true, name: true, version: true },
  });
}
