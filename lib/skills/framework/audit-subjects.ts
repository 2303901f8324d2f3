import "server-only";
import type { SubjectReader } from "@/lib/audit/subjects";

export const skillFrameworkSubject: SubjectReader = async (tx, id) => {
  const framework = await tx.skillFramework.findUnique({
    where: { id },
    select: { name: true, version: true, basedOnId: true },
  });
  if (!framework) return null;
  const label = `${framework.name} v${framework.version}`;
  return { type: "SkillFramework", id, label, countryCode: null, state: framework };
};

/** A skill with its wording in every language (the edit changes one of them). */
export const skillSubject: SubjectReader = async (tx, id) => {
  const skill = await tx.skill.findUnique({
    where: { id },
    select: {
      code: true,
      group: true,
      frameworkId: true,
      texts: { select: { locale: true, name: true, easyRead: true }, orderBy: { locale: "asc" } },
    },
  });
  if (!skill) return null;
  const { texts, ...fields } = skill;
  const state = {
    ...fields,
    texts: Object.fromEntries(texts.map(({ locale, ...text }) => [locale, text])),
  };
  return { type: "Skill", id, label: `${skill.group} ${skill.code}`, countryCode: null, state };
};
