import "server-only";
import { defineCommand } from "@/lib/actions/command";
import { DomainError } from "@/lib/actions/result";
import { assertCan } from "@/lib/auth/permissions";
import { db, type Prisma } from "@/lib/db";
import { trainingOfferSubject } from "../audit-subjects";
import {
  DeleteTrainingOfferSchema,
  type TrainingOfferInput,
  TrainingOfferSchema,
  UpdateTrainingOfferSchema,
} from "./schemas";

type Tx = Prisma.TransactionClient;

/** Offers name skills by their stable code: every code must be one some framework has. */
async function assertKnownSkillCodes(tx: Tx, codes: readonly string[]) {
  const known = await tx.skill.findMany({
    where: { code: { in: [...codes] } },
    distinct: ["code"],
    select: { code: true },
  });
  if (known.length < codes.length) throw new DomainError(400, "skillCodeUnknown", "skillCodes");
}

async function assertKnownCountry(tx: Tx, countryCode: string) {
  const country = await tx.country.findUnique({
    where: { code: countryCode },
    select: { code: true },
  });
  if (!country) throw new DomainError(400, "countryRequired", "countryCode");
}

function offerColumns(input: TrainingOfferInput) {
  return {
    title: input.title,
    group: input.group,
    eqfLevel: input.eqfLevel ?? null,
    format: input.format,
    hours: input.hours ?? null,
    language: input.language,
    countryCode: input.countryCode,
    provider: input.provider,
    costEur: input.costEur ?? null,
    accessibility: input.accessibility ?? null,
    url: input.url ?? null,
  };
}

export const createTrainingOffer = defineCommand({
  schema: TrainingOfferSchema,
  authorize: (actor, input) => assertCan(actor, "trainingOffer.manage", input),
  run: async (actor, input, tx) => {
    await assertKnownCountry(tx, input.countryCode);
    await assertKnownSkillCodes(tx, input.skillCodes);
    const offer = await tx.trainingOffer.create({
      data: {
        ...offerColumns(input),
        createdById: actor.id,
        skills: { create: input.skillCodes.map((skillCode) => ({ skillCode })) },
      },
      select: { id: true },
    });
    return { offerId: offer.id };
  },
  audit: {
    action: "trainingOffer.create",
    subject: trainingOfferSubject,
    createdId: (_input, result) => result.offerId,
  },
});

/** The offer's country, or 404: both its old and its new country must be the actor's to keep. */
async function offerCountry(offerId: string) {
  const offer = await db.trainingOffer.findUnique({
    where: { id: offerId },
    select: { countryCode: true },
  });
  if (!offer) throw new DomainError(404, "offerNotFound");
  return offer;
}

export const updateTrainingOffer = defineCommand({
  schema: UpdateTrainingOfferSchema,
  authorize: async (actor, input) => {
    assertCan(actor, "trainingOffer.manage", await offerCountry(input.offerId));
    assertCan(actor, "trainingOffer.manage", input);
  },
  run: async (_actor, input, tx) => {
    await assertKnownCountry(tx, input.countryCode);
    await assertKnownSkillCodes(tx, input.skillCodes);
    await tx.trainingOfferSkill.deleteMany({ where: { offerId: input.offerId } });
    await tx.trainingOffer.update({
      where: { id: input.offerId },
      data: {
        ...offerColumns(input),
        skills: { create: input.skillCodes.map((skillCode) => ({ skillCode })) },
      },
    });
    return { offerId: input.offerId };
  },
  audit: { action: "trainingOffer.update", subject: trainingOfferSubject, id: (i) => i.offerId },
});

export const deleteTrainingOffer = defineCommand({
  schema: DeleteTrainingOfferSchema,
  authorize: async (actor, input) =>
    assertCan(actor, "trainingOffer.manage", await offerCountry(input.offerId)),
  run: async (_actor, input, tx) => {
    // Plan actions keep their skill and owner; their offer link becomes empty (SetNull).
    await tx.trainingOffer.delete({ where: { id: input.offerId } });
    return null;
  },
  audit: { action: "trainingOffer.delete", subject: trainingOfferSubject, id: (i) => i.offerId },
});
