import type { ReportCaseStudy } from "@/lib/case-studies/queries";
import { countryName } from "@/lib/countries/catalogue";
import type { ReportGoodPractice } from "@/lib/good-practices/queries";
import { type BlocksContext, modelName } from "./blocks-context";
import type { ReportBlock } from "./snapshot";

/** A list of facts without the empty ones. */
function facts(items: { term: string; description: string | null | undefined }[]): ReportBlock[] {
  const given = items.flatMap((item) =>
    item.description?.trim() ? [{ term: item.term, description: item.description.trim() }] : [],
  );
  return given.length > 0 ? [{ kind: "facts", items: given }] : [];
}

/**
 * Each approved case study: its WISE's profile from the registry, the template's sections,
 * quotes whose consent holds (the speaker's role, never a name), photos with their alternative
 * text.
 */
export function caseStudyBlocks(
  context: BlocksContext,
  studies: readonly ReportCaseStudy[],
): ReportBlock[] {
  const { t, locale } = context;
  return studies.flatMap((study): ReportBlock[] => {
    const model = study.model;
    const speakers = {
      MANAGER: t("Reports.speakers.MANAGER"),
      SUPPORT_STAFF: t("Reports.speakers.SUPPORT_STAFF"),
      WORKER: t("Reports.speakers.WORKER"),
      PARTNER: t("Reports.speakers.PARTNER"),
      OTHER: t("Reports.speakers.OTHER"),
    } satisfies Record<ReportCaseStudy["quotes"][number]["speaker"], string>;
    return [
      { kind: "heading", text: study.wise.name },
      ...facts([
        { term: t("Reports.labels.country"), description: countryName(study.countryCode, locale) },
        { term: t("Reports.labels.region"), description: study.wise.region },
        { term: t("Reports.labels.founded"), description: study.wise.yearFounded?.toString() },
        {
          term: t("Reports.labels.staff"),
          description:
            study.wise.totalEmployees === null ? null : context.count(study.wise.totalEmployees),
        },
        { term: t("Reports.labels.model"), description: model ? modelName(context, model) : null },
      ]),
      ...facts([
        { term: t("Reports.caseStudies.modelReason"), description: study.sections.modelReason },
        { term: t("Reports.caseStudies.pathwayIn"), description: study.sections.pathwayIn },
        { term: t("Reports.caseStudies.pathwayOut"), description: study.sections.pathwayOut },
        { term: t("Reports.caseStudies.digitalTools"), description: study.sections.digitalTools },
        { term: t("Reports.caseStudies.practices"), description: study.sections.practices },
        { term: t("Reports.caseStudies.challenges"), description: study.sections.challenges },
      ]),
      ...study.quotes.map(
        (quote): ReportBlock => ({
          kind: "quote",
          text: quote.text,
          speaker: speakers[quote.speaker],
        }),
      ),
      ...study.photos.map(
        (image): ReportBlock => ({
          kind: "image",
          attachmentId: image.id,
          sha256: image.sha256,
          altText: image.altText ?? "",
          // The web version shows the photo through the study's own download route.
          caseStudyId: study.id,
          caption: image.caption,
        }),
      ),
    ];
  });
}

/** Each published good practice: the need, the practice, its results, what transfer takes. */
export function goodPracticeBlocks(
  context: BlocksContext,
  practices: readonly ReportGoodPractice[],
): ReportBlock[] {
  const { t, locale } = context;
  return practices.flatMap((practice): ReportBlock[] => [
    { kind: "heading", text: practice.title },
    ...facts([
      { term: t("Reports.labels.country"), description: countryName(practice.country, locale) },
      { term: t("Reports.labels.wise"), description: practice.wiseName },
      { term: t("Reports.goodPractices.need"), description: practice.need },
      { term: t("Reports.goodPractices.practice"), description: practice.practice },
      { term: t("Reports.goodPractices.results"), description: practice.results },
      { term: t("Reports.goodPractices.transfer"), description: practice.transfer },
      { term: t("Reports.goodPractices.digitalTools"), description: practice.digitalTools },
    ]),
  ]);
}
