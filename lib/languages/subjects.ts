import "server-only";
import type { AuditSubject, SubjectReader } from "@/lib/audit/subjects";
import { pairId, splitPair } from "@/lib/audit/subjects";

/**
 * Audit snapshots of a language's review status and of a text correction. They belong to no
 * country (a language may be shared by two: French in Belgium and France).
 */
export const languageSubject: SubjectReader = async (tx, locale) => {
  const row = await tx.languageStatus.findUnique({
    where: { locale },
    select: { status: true, reviewedById: true, reviewedAt: true },
  });
  if (!row) return null;
  const state = { ...row, reviewedAt: row.reviewedAt?.toISOString() ?? null };
  return { type: "Language", id: locale, label: locale, countryCode: null, state };
};

/** Ids are "locale:Namespace.key" (pairId): a key holds dots but no ':'. */
export const textCorrectionId = (locale: string, key: string) => pairId(locale, key);

export const textCorrectionSubject: SubjectReader = async (tx, id) => {
  const [locale, key] = splitPair(id);
  const row = await tx.textCorrection.findUnique({
    where: { locale_key: { locale, key } },
    select: { text: true, updatedById: true },
  });
  if (!row) return null;
  const subject: AuditSubject = {
    type: "TextCorrection",
    id,
    label: `${locale} · ${key}`,
    countryCode: null,
    state: { locale, key, ...row },
  };
  return subject;
};
