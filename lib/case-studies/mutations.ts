import "server-only";
import { defineCommand } from "@/lib/actions/command";
import { DomainError } from "@/lib/actions/result";
import { assertCan } from "@/lib/auth/permissions";
import { db, type Prisma } from "@/lib/db";
import { serverEnv } from "@/lib/env";
import { caseStudySubject } from "./audit-subjects";
import { storedConsentDay } from "./consent";
import { dayInInstallationZone } from "./days";
import {
  AddQuoteSchema,
  CreateCaseStudySchema,
  QuoteRefSchema,
  SaveSectionsSchema,
} from "./schemas";
import { authorizeStudy, lockStudy, moveStudy } from "./study-mutations";

type Tx = Prisma.TransactionClient;

/**
 * The focus group a study of the WISE draws its model from: one that agreed a model for it,
 * preferring closed or published ones (reviewed results), then the latest decision.
 */
async function focusGroupOf(tx: Tx, wiseId: string): Promise<string | null> {
  const rows = await tx.$queryRaw<{ sessionId: string }[]>`
    SELECT ai."sessionId" FROM "AgendaItem" ai
    JOIN "FocusGroupSession" s ON s."id" = ai."sessionId"
    LEFT JOIN "Classification" c ON c."agendaItemId" = ai."id"
    WHERE ai."wiseId" = ${wiseId}
    ORDER BY (c."agreedModel" IS NOT NULL) DESC, (s."status" IN ('CLOSED', 'PUBLISHED')) DESC,
      c."decidedAt" DESC NULLS LAST, s."startsAt" DESC
    LIMIT 1`;
  return rows[0]?.sessionId ?? null;
}

/** A partner (or an admin) starts a study of a WISE of their country, in a language. */
export const createCaseStudy = defineCommand({
  schema: CreateCaseStudySchema,
  authorize: async (actor, input) => {
    const wise = await db.wise.findUnique({
      where: { id: input.wiseId },
      select: { countryCode: true },
    });
    if (!wise) throw new DomainError(404, "caseStudyWiseNotFound", "wiseId");
    assertCan(actor, "caseStudy.create", wise);
  },
  run: async (actor, input, tx) => {
    const wise = await tx.wise.findUniqueOrThrow({
      where: { id: input.wiseId },
      select: { countryCode: true },
    });
    const study = await tx.caseStudy.create({
      data: {
        wiseId: input.wiseId,
        countryCode: wise.countryCode,
        sessionId: await focusGroupOf(tx, input.wiseId),
        locale: input.locale,
        authorId: actor.id,
      },
      select: { id: true },
    });
    return { caseStudyId: study.id };
  },
  audit: {
    action: "caseStudy.create",
    subject: caseStudySubject,
    createdId: (_, result) => result.caseStudyId,
  },
});

/**
 * Saves the template's sections. The form names the version it was loaded with: if anyone saved
 * since, the save is refused (409) and nothing is overwritten. Saving an approved study sends it
 * back to draft; a study in review is not changed.
 */
export const saveCaseStudySections = defineCommand({
  schema: SaveSectionsSchema,
  authorize: (actor, input) => authorizeStudy(actor, input.caseStudyId, "caseStudy.update"),
  run: async (actor, input, tx) => {
    const current = await lockStudy(tx, input.caseStudyId);
    if (current.status === "IN_REVIEW") throw new DomainError(409, "caseStudyLocked");
    if (current.version !== input.version) throw new DomainError(409, "caseStudyConflict");
    const { caseStudyId: _id, version: _version, ...sections } = input;
    return moveStudy(tx, actor, input.caseStudyId, current, "edit", "caseStudyLocked", sections);
  },
  audit: {
    action: "caseStudy.update",
    subject: caseStudySubject,
    id: (input) => input.caseStudyId,
  },
});

/** Adds a quote at the end. Its consent day may not be after today (the day it is recorded). */
export const addCaseStudyQuote = defineCommand({
  schema: AddQuoteSchema,
  authorize: (actor, input) => authorizeStudy(actor, input.caseStudyId, "caseStudy.update"),
  run: async (actor, input, tx) => {
    const today = dayInInstallationZone(new Date(), serverEnv().timeZone);
    if (input.consentGivenOn > today)
      throw new DomainError(400, "quoteConsentInFuture", "consentGivenOn");
    const current = await lockStudy(tx, input.caseStudyId);
    const last = await tx.caseStudyQuote.aggregate({
      where: { caseStudyId: input.caseStudyId },
      _max: { position: true },
    });
    await tx.caseStudyQuote.create({
      data: {
        caseStudyId: input.caseStudyId,
        position: (last._max.position ?? 0) + 1,
        text: input.text,
        speaker: input.speaker,
        consentMethod: input.consentMethod,
        consentGivenAt: storedConsentDay(input.consentGivenOn),
        recordedById: actor.id,
      },
    });
    return moveStudy(tx, actor, input.caseStudyId, current, "edit", "caseStudyLocked");
  },
  audit: {
    action: "caseStudy.addQuote",
    subject: caseStudySubject,
    id: (input) => input.caseStudyId,
  },
});

async function findQuote(tx: Tx, caseStudyId: string, quoteId: string) {
  const quote = await tx.caseStudyQuote.findFirst({
    where: { id: quoteId, caseStudyId },
    select: { id: true, consentWithdrawnAt: true },
  });
  if (!quote) throw new DomainError(404, "quoteNotFound");
  return quote;
}

export const removeCaseStudyQuote = defineCommand({
  schema: QuoteRefSchema,
  authorize: (actor, input) => authorizeStudy(actor, input.caseStudyId, "caseStudy.update"),
  run: async (actor, input, tx) => {
    const current = await lockStudy(tx, input.caseStudyId);
    if (current.status === "IN_REVIEW") throw new DomainError(409, "caseStudyLocked");
    await findQuote(tx, input.caseStudyId, input.quoteId);
    await tx.caseStudyQuote.delete({ where: { id: input.quoteId } });
    return moveStudy(tx, actor, input.caseStudyId, current, "edit", "caseStudyLocked");
  },
  audit: {
    action: "caseStudy.removeQuote",
    subject: caseStudySubject,
    id: (input) => input.caseStudyId,
  },
});

/**
 * The speaker withdrew consent: allowed whatever the study's status (it is the speaker's right,
 * not an edit), final, and the quote's words are deleted at once; its role and consent record
 * stay, so that the study shows a quote was withdrawn. The study keeps its status.
 */
export const withdrawQuoteConsent = defineCommand({
  schema: QuoteRefSchema,
  authorize: (actor, input) => authorizeStudy(actor, input.caseStudyId, "caseStudy.update"),
  run: async (_actor, input, tx) => {
    const current = await lockStudy(tx, input.caseStudyId);
    const quote = await findQuote(tx, input.caseStudyId, input.quoteId);
    if (quote.consentWithdrawnAt) throw new DomainError(409, "quoteConsentWithdrawn");
    await tx.caseStudyQuote.update({
      where: { id: input.quoteId },
      data: { consentWithdrawnAt: new Date(), text: "" },
    });
    await tx.caseStudy.update({
      where: { id: input.caseStudyId },
      data: { version: current.version + 1 },
    });
    return { caseStudyId: input.caseStudyId };
  },
  audit: {
    action: "caseStudy.withdrawConsent",
    subject: caseStudySubject,
    id: (input) => input.caseStudyId,
  },
});
