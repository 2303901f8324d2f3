/**
 * The skills framework every installation needs (lib/skills/framework), ensured on every seed run
 * beside the default grid. Kept apart from seed.ts so that it can be seeded and tested alone.
 */
import type { PrismaClient } from "../lib/generated/prisma/client";
import { SKILL_FRAMEWORK, type SkillFrameworkDefinition } from "../lib/skills/framework/definition";
import { loadSkillTexts, type SkillTexts } from "../lib/skills/framework/texts";

function isUniqueViolation(error: unknown): boolean {
  return (
    typeof error === "object" && error !== null && (error as { code?: string }).code === "P2002"
  );
}

/** One row per skill and texts file; a file without a skill's wording adds no row (English falls back). */
function textRows(skills: { id: string; code: string }[], texts: Record<string, SkillTexts>) {
  return Object.entries(texts).flatMap(([locale, wording]) =>
    skills.flatMap((skill) => {
      const text = wording[skill.code];
      if (!text) return [];
      return [{ skillId: skill.id, locale, name: text.name, easyRead: text.easyRead ?? null }];
    }),
  );
}

/**
 * Creates the framework at its current version unless it exists, and returns its id. An existing
 * version is not reworded (surveys rest on it, and admins may have edited it); only the wording of
 * a language added since (a new texts file) is added, so a translation lands without a new version.
 */
export async function ensureSkillFramework(
  prisma: PrismaClient,
  definition: SkillFrameworkDefinition = SKILL_FRAMEWORK,
): Promise<string> {
  const where = { name_version: { name: definition.name, version: definition.version } };
  let framework = await prisma.skillFramework.findUnique({ where, select: { id: true } });
  if (!framework) {
    try {
      framework = await prisma.skillFramework.create({
        data: {
          name: definition.name,
          version: definition.version,
          skills: {
            create: definition.skills.map(
              ({ code, group, area, position, digCompRef, escoUri }) => ({
                code,
                group,
                area,
                position,
                digCompRef,
                escoUri,
              }),
            ),
          },
        },
        select: { id: true },
      });
    } catch (error) {
      // Two seeders at once (dev server and tests): the other one won, which is just as good.
      if (!isUniqueViolation(error)) throw error;
      framework = await prisma.skillFramework.findUniqueOrThrow({ where, select: { id: true } });
    }
  }
  const skills = await prisma.skill.findMany({
    where: { frameworkId: framework.id },
    select: { id: true, code: true },
  });
  await prisma.skillText.createMany({
    data: textRows(skills, loadSkillTexts()),
    skipDuplicates: true,
  });
  return framework.id;
}
