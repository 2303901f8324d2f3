import "server-only";
import { defineCommand } from "@/lib/actions/command";
import { DomainError } from "@/lib/actions/result";
import { assertCan } from "@/lib/auth/permissions";
import type { Prisma } from "@/lib/db";
import { nextGridVersion } from "@/lib/grids/rules";
import { skillFrameworkSubject, skillSubject } from "./audit-subjects";
import { CreateSkillFrameworkVersionSchema, UpdateSkillTextSchema } from "./schemas";

type Tx = Prisma.TransactionClient;

const authorize = (actor: Parameters<typeof assertCan>[0]) =>
  assertCan(actor, "skillFramework.manage");

/**
 * A version a survey uses is history: its answers were given to that wording. The framework row
 * is locked and the surveys share-locked, so no survey can start on it between check and edit.
 */
async function assertFrameworkEditable(tx: Tx, frameworkId: string) {
  const locked = await tx.$queryRaw<{ id: string }[]>`
    SELECT id FROM "SkillFramework" WHERE id = ${frameworkId} FOR UPDATE`;
  if (locked.length === 0) throw new DomainError(404, "skillFrameworkNotFound");
  const surveys = await tx.$queryRaw<{ id: string }[]>`
    SELECT id FROM "Survey" WHERE "frameworkId" = ${frameworkId} FOR SHARE`;
  if (surveys.length > 0) throw new DomainError(409, "skillFrameworkInUse");
}

/** Copies a version, skills and wording, into N+1 of the same name (as the grid editor does). */
export const createSkillFrameworkVersion = defineCommand({
  schema: CreateSkillFrameworkVersionSchema,
  authorize,
  run: async (actor, input, tx) => {
    const source = await tx.skillFramework.findUnique({
      where: { id: input.frameworkId },
      select: {
        name: true,
        skills: {
          select: {
            code: true,
            group: true,
            area: true,
            position: true,
            digCompRef: true,
            escoUri: true,
            texts: { select: { locale: true, name: true, easyRead: true } },
          },
        },
      },
    });
    if (!source) throw new DomainError(404, "skillFrameworkNotFound");
    // Locking every version of the name makes two simultaneous copies take turns.
    const versions = await tx.$queryRaw<{ version: number }[]>`
      SELECT version FROM "SkillFramework" WHERE name = ${source.name} FOR UPDATE`;
    const version = nextGridVersion(versions.map((row) => row.version));
    const framework = await tx.skillFramework.create({
      data: {
        name: source.name,
        version,
        basedOnId: input.frameworkId,
        createdById: actor.id,
        skills: {
          create: source.skills.map(({ texts, ...skill }) => ({
            ...skill,
            texts: { create: texts },
          })),
        },
      },
      select: { id: true },
    });
    return { frameworkId: framework.id, version };
  },
  audit: {
    action: "skillFramework.createVersion",
    subject: skillFrameworkSubject,
    createdId: (_, result) => result.frameworkId,
  },
});

/** Words a skill in one language (adds the language's row if it had none). */
export const updateSkillText = defineCommand({
  schema: UpdateSkillTextSchema,
  authorize,
  run: async (_actor, input, tx) => {
    const skill = await tx.skill.findUnique({
      where: { id: input.skillId },
      select: { frameworkId: true, group: true },
    });
    if (!skill) throw new DomainError(404, "skillNotFound");
    await assertFrameworkEditable(tx, skill.frameworkId);
    if (input.easyRead && skill.group !== "WORKER") {
      throw new DomainError(400, "skillEasyReadWorkersOnly", "easyRead");
    }
    const text = { name: input.name, easyRead: input.easyRead ?? null };
    await tx.skillText.upsert({
      where: { skillId_locale: { skillId: input.skillId, locale: input.locale } },
      update: text,
      create: { skillId: input.skillId, locale: input.locale, ...text },
    });
    return { frameworkId: skill.frameworkId, skillId: input.skillId };
  },
  audit: { action: "skillFramework.updateText", subject: skillSubject, id: (i) => i.skillId },
});
