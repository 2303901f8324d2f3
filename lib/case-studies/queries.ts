import "server-only";
import { type Actor, assertCan, can } from "@/lib/auth/permissions";
import { WISE_MODELS } from "@/lib/classification/models";
import { db } from "@/lib/db";
import { serverEnv } from "@/lib/env";
import { Prisma } from "@/lib/generated/prisma/client";
import type { CaseStudyStatus, QuoteSpeaker, WiseModel } from "@/lib/generated/prisma/enums";
import { publishableQuotes } from "./consent";
import { dayInInstallationZone } from "./days";
import { type Sections, type SuggestionCandidate, studyTimeline, suggestWises } from "./rules";
import { caseStudyCountries } from "./scope";

function countryWhere(countries: string[] | null): Prisma.CaseStudyWhereInput {
  return countries === null ? {} : { countryCode: { in: countries } };
}

/** The studies the actor may read: every country's for admins, their own country's otherwise. */
export async function listCaseStudies(actor: Actor) {
  assertCan(actor, "caseStudy.list");
  return db.caseStudy.findMany({
    where: countryWhere(caseStudyCountries(actor)),
    orderBy: [{ updatedAt: "desc" }, { id: "asc" }],
    select: {
      id: true,
      status: true,
      locale: true,
      countryCode: true,
      updatedAt: true,
      wise: { select: { name: true } },
      author: { select: { name: true } },
    },
  });
}

/**
 * For a partner: one WISE per model the country's focus groups agreed, without a study yet
 * (rules.ts: suggestWises). Null for those who do not write a country's studies.
 */
export async function getCaseStudySuggestions(actor: Actor) {
  const country = actor.countryCode;
  if (!country || !can(actor, "caseStudy.create", { countryCode: country })) return null;
  const [candidates, studied] = await Promise.all([
    db.$queryRaw<(SuggestionCandidate & { sessionTitle: string })[]>`
      SELECT w."id" AS "wiseId", w."name" AS "wiseName", c."agreedModel"::text AS "model",
        s."status"::text AS "sessionStatus", c."decidedAt", s."title" AS "sessionTitle"
      FROM "AgendaItem" ai
      JOIN "Classification" c ON c."agendaItemId" = ai."id"
      JOIN "FocusGroupSession" s ON s."id" = ai."sessionId"
      JOIN "Wise" w ON w."id" = ai."wiseId"
      WHERE w."countryCode" = ${country} AND c."agreedModel" IS NOT NULL`,
    db.caseStudy.findMany({ where: { countryCode: country }, select: { wiseId: true } }),
  ]);
  const suggestions = suggestWises(
    candidates,
    new Set(studied.map((study) => study.wiseId)),
    WISE_MODELS,
  );
  return {
    countryCode: country,
    models: suggestions.map(({ model, wise }) => ({
      model,
      wise: wise && {
        id: wise.wiseId,
        name: wise.wiseName,
        sessionTitle: wise.sessionTitle,
      },
    })),
  };
}

/**
 * The new-study form's choices for a country: its WISEs, those on the agenda of its focus groups
 * first. ForbiddenError for a country the actor does not write studies for.
 */
export async function getNewCaseStudyChoices(actor: Actor, countryCode: string) {
  assertCan(actor, "caseStudy.create", { countryCode });
  const wises = await db.$queryRaw<{ id: string; name: string; inFocusGroup: boolean }[]>`
    SELECT w."id", w."name",
      EXISTS (SELECT 1 FROM "AgendaItem" ai WHERE ai."wiseId" = w."id") AS "inFocusGroup"
    FROM "Wise" w WHERE w."countryCode" = ${countryCode}
    ORDER BY 3 DESC, lower(w."name"), w."id" LIMIT 1000`;
  return { countryCode, wises };
}

/** The countries an admin may start studies in: those with WISEs. */
export async function listCaseStudyCountries(actor: Actor): Promise<string[]> {
  assertCan(actor, "caseStudy.list");
  const rows = await db.wise.findMany({ distinct: ["countryCode"], select: { countryCode: true } });
  return rows
    .map((row) => row.countryCode)
    .filter((countryCode) => can(actor, "caseStudy.create", { countryCode }));
}

/** The day an instant falls on where the installation is. */
const installationDay = (instant: Date) => dayInInstallationZone(instant, serverEnv().timeZone);

/**
 * A study's page: the study, its quotes (the words of a withdrawn one are gone: consent.ts), its
 * timeline and what the reader may do. Null when it does not exist; ForbiddenError out of scope.
 */
export async function getCaseStudy(actor: Actor, caseStudyId: string) {
  const study = await db.caseStudy.findUnique({
    where: { id: caseStudyId },
    select: {
      id: true,
      wiseId: true,
      sessionId: true,
      countryCode: true,
      locale: true,
      status: true,
      version: true,
      authorId: true,
      modelReason: true,
      pathwayIn: true,
      pathwayOut: true,
      digitalTools: true,
      practices: true,
      challenges: true,
      updatedAt: true,
      wise: { select: { name: true } },
      author: { select: { name: true } },
      quotes: {
        orderBy: { position: "asc" },
        select: {
          id: true,
          text: true,
          speaker: true,
          consentMethod: true,
          consentGivenAt: true,
          consentWithdrawnAt: true,
          createdAt: true,
        },
      },
      reviews: {
        orderBy: { createdAt: "asc" },
        select: {
          id: true,
          step: true,
          body: true,
          createdAt: true,
          author: { select: { name: true } },
        },
      },
      statusChanges: {
        orderBy: { changedAt: "asc" },
        select: {
          id: true,
          fromStatus: true,
          toStatus: true,
          changedAt: true,
          changedBy: { select: { name: true } },
        },
      },
    },
  });
  if (!study) return null;
  assertCan(actor, "caseStudy.read", study);
  const { quotes, reviews, statusChanges, ...rest } = study;
  const publishable = new Set(publishableQuotes(quotes, installationDay).map((quote) => quote.id));
  return {
    ...rest,
    quotes: quotes.map((quote) => ({ ...quote, publishable: publishable.has(quote.id) })),
    timeline: studyTimeline(
      reviews.map((r) => ({
        id: r.id,
        step: r.step,
        body: r.body,
        at: r.createdAt,
        author: r.author.name,
      })),
      statusChanges.map((c) => ({
        id: c.id,
        fromStatus: c.fromStatus,
        toStatus: c.toStatus,
        at: c.changedAt,
        author: c.changedBy.name,
      })),
    ),
    may: {
      edit: can(actor, "caseStudy.update", study),
      review: can(actor, "caseStudy.review", study),
    },
  };
}

export type CaseStudyView = NonNullable<Awaited<ReturnType<typeof getCaseStudy>>>;

/** An approved study as the report builder takes it: plain data, already filtered for consent. */
export type ReportCaseStudy = {
  id: string;
  countryCode: string;
  locale: string;
  /** The WISE as the registry has it now (its profile is read, never retyped). */
  wise: {
    id: string;
    name: string;
    region: string | null;
    yearFounded: number | null;
    totalEmployees: number | null;
  };
  /** The model the focus group agreed (the study's focus group first, else the latest); null when none. */
  model: WiseModel | null;
  sections: Sections;
  /** Only quotes whose consent holds (consent.ts: publishableQuotes); role only, never a name. */
  quotes: { text: string; speaker: QuoteSpeaker }[];
  /** When it was last approved, ISO 8601. */
  approvedAt: string | null;
  status: CaseStudyStatus;
  /** Photos with their alternative text (one without is never published), oldest first. */
  photos: { id: string; sha256: string; altText: string; caption: string | null }[];
};

/**
 * Every approved case study of the countries given (null: every country), for the report
 * builder. It checks no permission: the caller has decided the report's scope ("report.read" /
 * "report.edit") and passes its countries.
 */
export async function approvedCaseStudiesForReport(
  countryCodes: string[] | null,
): Promise<ReportCaseStudy[]> {
  const studies = await db.caseStudy.findMany({
    where: { status: "APPROVED", ...countryWhere(countryCodes) },
    orderBy: [{ countryCode: "asc" }, { wise: { name: "asc" } }, { id: "asc" }],
    select: {
      id: true,
      countryCode: true,
      locale: true,
      status: true,
      sessionId: true,
      modelReason: true,
      pathwayIn: true,
      pathwayOut: true,
      digitalTools: true,
      practices: true,
      challenges: true,
      wise: {
        select: { id: true, name: true, region: true, yearFounded: true, totalEmployees: true },
      },
      attachments: {
        where: {
          mediaType: { startsWith: "image/" },
          AND: [{ altText: { not: null } }, { altText: { not: "" } }],
        },
        orderBy: { createdAt: "asc" },
        select: { id: true, sha256: true, altText: true, caption: true },
      },
      quotes: {
        orderBy: { position: "asc" },
        select: {
          text: true,
          speaker: true,
          consentMethod: true,
          consentGivenAt: true,
          consentWithdrawnAt: true,
          createdAt: true,
        },
      },
      statusChanges: {
        where: { toStatus: "APPROVED" },
        orderBy: { changedAt: "desc" },
        take: 1,
        select: { changedAt: true },
      },
    },
  });
  const models = await agreedModels(studies);
  return studies.map((study) => ({
    id: study.id,
    countryCode: study.countryCode,
    locale: study.locale,
    status: study.status,
    wise: study.wise,
    model: models.get(study.id) ?? null,
    sections: {
      modelReason: study.modelReason,
      pathwayIn: study.pathwayIn,
      pathwayOut: study.pathwayOut,
      digitalTools: study.digitalTools,
      practices: study.practices,
      challenges: study.challenges,
    },
    quotes: publishableQuotes(study.quotes, installationDay).map(({ text, speaker }) => ({
      text,
      speaker,
    })),
    approvedAt: study.statusChanges[0]?.changedAt.toISOString() ?? null,
    photos: study.attachments.map((photo) => ({ ...photo, altText: photo.altText ?? "" })),
  }));
}

/** Per study, the model agreed for its WISE: in the study's focus group first, else the latest. */
async function agreedModels(
  studies: { id: string; sessionId: string | null; wise: { id: string } }[],
) {
  if (studies.length === 0) return new Map<string, WiseModel>();
  const rows = await db.$queryRaw<{ studyId: string; model: WiseModel }[]>`
    SELECT cs."id" AS "studyId", m."model" FROM "CaseStudy" cs
    CROSS JOIN LATERAL (
      SELECT c."agreedModel"::text AS "model"
      FROM "AgendaItem" ai JOIN "Classification" c ON c."agendaItemId" = ai."id"
      WHERE ai."wiseId" = cs."wiseId" AND c."agreedModel" IS NOT NULL
      ORDER BY (ai."sessionId" IS NOT DISTINCT FROM cs."sessionId") DESC, c."decidedAt" DESC NULLS LAST
      LIMIT 1
    ) m
    WHERE cs."id" IN (${Prisma.join(studies.map((study) => study.id))})`;
  return new Map(rows.map((row) => [row.studyId, row.model]));
}
