import "server-only";
import { db } from "@/lib/db";

/**
 * The approved case studies and published good practices a report shows, of the given countries
 * (null: every country). The case-study module will offer its own reader
 * (approvedCaseStudiesForReport); until then the report reads the same tables with the same
 * rules: approved studies only, quotes whose consent still holds, images with alternative text.
 */
export async function approvedCaseStudies(countryCodes: string[] | null) {
  return db.caseStudy.findMany({
    where: {
      status: "APPROVED",
      ...(countryCodes ? { countryCode: { in: countryCodes } } : {}),
    },
    orderBy: [{ countryCode: "asc" }, { wise: { name: "asc" } }, { id: "asc" }],
    select: {
      id: true,
      countryCode: true,
      modelReason: true,
      pathwayIn: true,
      pathwayOut: true,
      digitalTools: true,
      practices: true,
      challenges: true,
      wise: {
        select: { name: true, region: true, yearFounded: true, totalEmployees: true },
      },
      wiseId: true,
      sessionId: true,
      quotes: {
        where: { consentWithdrawnAt: null },
        orderBy: { position: "asc" },
        select: { text: true, speaker: true },
      },
      attachments: {
        // An image without alternative text is never published (the snapshot's contract).
        where: {
          mediaType: { startsWith: "image/" },
          AND: [{ altText: { not: null } }, { altText: { not: "" } }],
        },
        orderBy: { createdAt: "asc" },
        select: { id: true, sha256: true, altText: true, caption: true },
      },
    },
  });
}

export type ApprovedCaseStudy = Awaited<ReturnType<typeof approvedCaseStudies>>[number];

/** The model each study's focus group agreed for its WISE, by study id. */
export async function caseStudyModels(studies: readonly ApprovedCaseStudy[]) {
  const pairs = studies.flatMap((study) =>
    study.sessionId ? [{ sessionId: study.sessionId, wiseId: study.wiseId }] : [],
  );
  if (pairs.length === 0) return new Map<string, string>();
  const items = await db.agendaItem.findMany({
    where: { OR: pairs },
    select: { sessionId: true, wiseId: true, classification: { select: { agreedModel: true } } },
  });
  const models = new Map<string, string>();
  for (const study of studies) {
    const item = items.find((i) => i.sessionId === study.sessionId && i.wiseId === study.wiseId);
    if (item?.classification?.agreedModel) models.set(study.id, item.classification.agreedModel);
  }
  return models;
}

/** Published good practices of the countries (null: every country). */
export async function publishedGoodPractices(countryCodes: string[] | null) {
  return db.goodPractice.findMany({
    where: {
      publishedAt: { not: null },
      ...(countryCodes ? { countryCode: { in: countryCodes } } : {}),
    },
    orderBy: [{ countryCode: "asc" }, { title: "asc" }, { id: "asc" }],
    select: {
      id: true,
      countryCode: true,
      title: true,
      need: true,
      practice: true,
      results: true,
      transfer: true,
      digitalTools: true,
      wise: { select: { name: true } },
    },
  });
}

export type PublishedGoodPractice = Awaited<ReturnType<typeof publishedGoodPractices>>[number];
