import "server-only";
import { defineCommand } from "@/lib/actions/command";
import { DomainError } from "@/lib/actions/result";
import { assertCan } from "@/lib/auth/permissions";
import { loadSourceMessages } from "@/lib/i18n/messages/source";
import { correctionProblem, isCorrectableKey, messageAt } from "./rules";
import { CorrectTextSchema, RestoreTextSchema, SetLanguageStatusSchema } from "./schemas";
import { languageSubject, textCorrectionId, textCorrectionSubject } from "./subjects";

/**
 * Marks a language reviewed by a native speaker (its readers no longer see "draft"), or sets it
 * back to draft: an admin, or a partner of that language.
 */
export const setLanguageStatus = defineCommand({
  schema: SetLanguageStatusSchema,
  authorize: (actor, input) => assertCan(actor, "language.review", { locale: input.locale }),
  run: async (actor, { locale, status }, tx) => {
    const reviewed =
      status === "REVIEWED"
        ? { reviewedById: actor.id, reviewedAt: new Date() }
        : { reviewedById: null, reviewedAt: null };
    await tx.languageStatus.upsert({
      where: { locale },
      create: { locale, status, ...reviewed },
      update: { status, ...reviewed },
    });
    return { locale, status };
  },
  audit: { action: "language.setStatus", subject: languageSubject, id: (input) => input.locale },
});

/**
 * A partner's correction of one summary text in their language, shown instead of the catalogue's
 * text to readers of that language only. It must stay a message the app can fill in: valid ICU,
 * with exactly the arguments of the original (the English message, which every translation
 * follows).
 */
export const correctText = defineCommand({
  schema: CorrectTextSchema,
  authorize: (actor, input) => assertCan(actor, "content.correct", { locale: input.locale }),
  run: async (actor, { locale, key, text }, tx) => {
    const english = await loadSourceMessages("en");
    const original = messageAt(english, key);
    if (original === null || !isCorrectableKey(english, key)) {
      throw new DomainError(400, "textCorrectionUnknownKey", "key");
    }
    const problem = correctionProblem(original, text);
    if (problem) throw new DomainError(400, problem, "text");
    await tx.textCorrection.upsert({
      where: { locale_key: { locale, key } },
      create: { locale, key, text, updatedById: actor.id },
      update: { text, updatedById: actor.id },
    });
    return { locale, key };
  },
  audit: {
    action: "text.correct",
    subject: textCorrectionSubject,
    id: (input) => textCorrectionId(input.locale, input.key),
  },
});

/** Removes a correction: readers see the catalogue's text again. */
export const restoreText = defineCommand({
  schema: RestoreTextSchema,
  authorize: (actor, input) => assertCan(actor, "content.correct", { locale: input.locale }),
  run: async (_actor, { locale, key }, tx) => {
    const removed = await tx.textCorrection.deleteMany({ where: { locale, key } });
    if (removed.count === 0) throw new DomainError(404, "textCorrectionUnknownKey");
    return { locale, key };
  },
  audit: {
    action: "text.restore",
    subject: textCorrectionSubject,
    id: (input) => textCorrectionId(input.locale, input.key),
  },
});
