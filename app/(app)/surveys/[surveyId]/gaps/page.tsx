import type { Metadata } from "next";
import Link from "next/link";
import { forbidden, notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { FocusGroupComparison } from "@/components/skills/focus-group-comparison";
import { GapExportLinks } from "@/components/skills/gap-export-links";
import { GapFilters } from "@/components/skills/gap-filters";
import { GapMapBody } from "@/components/skills/gap-map-body";
import { PageHeader } from "@/components/ui/page-header";
import { ForbiddenError } from "@/lib/auth/permissions";
import { requireUser } from "@/lib/auth/session";
import {
  getFocusGroupComparison,
  getSkillNames,
  getSurveyGapMap,
  listSurveyWises,
} from "@/lib/skills/gaps/queries";
import { GapFilterSchema } from "@/lib/skills/gaps/schemas";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("SkillGaps");
  return { title: t("title") };
}

export default async function SurveyGapMapPage({
  params,
  searchParams,
}: {
  params: Promise<{ surveyId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const user = await requireUser();
  const { surveyId } = await params;
  const filter = GapFilterSchema.parse(await searchParams);
  // The survey's country decides: a partner of another country gets 403.
  const map = await getSurveyGapMap(user, surveyId, { ...filter, country: undefined }).catch(
    (error: unknown) => {
      if (error instanceof ForbiddenError) forbidden();
      throw error;
    },
  );
  if (!map) notFound();
  const [t, locale, comparison, wises] = await Promise.all([
    getTranslations("SkillGaps"),
    getLocale(),
    getFocusGroupComparison(user, map.survey),
    listSurveyWises(user, surveyId),
  ]);
  const skillName = await getSkillNames(
    map.groups.flatMap((group) => group.skills.map((skill) => skill.code)),
    locale,
  );
  const here = `/surveys/${surveyId}/gaps`;
  return (
    <>
      <PageHeader
        title={t("surveyTitle", { survey: map.survey.title })}
        description={t("description")}
        actions={
          <Link href="/skills/gaps" className="text-teal-800 underline underline-offset-4">
            {t("countryMap")}
          </Link>
        }
      />
      <GapFilters filter={filter} action={here} countries={null} rowChoices={["group", "model"]} />
      <GapExportLinks surveyId={surveyId} query={filter} />
      <GapMapBody map={map} skillName={skillName} />
      {comparison && <FocusGroupComparison comparison={comparison} />}
      <section aria-labelledby="plans-heading" className="mb-8">
        <h2 id="plans-heading" className="mb-1 text-xl font-semibold">
          {t("plans")}
        </h2>
        <p className="mb-2 text-slate-700">{t("plansHint")}</p>
        <ul className="ml-6 list-disc">
          {wises.map((item) => (
            <li key={item.wiseId}>
              <Link
                href={`/surveys/${surveyId}/plans/${item.wiseId}`}
                className="text-teal-800 underline underline-offset-4"
              >
                {t("planLink", { wise: item.wise.name })}
              </Link>
              {item.plan?.status === "ADOPTED" && ` (${t("planAdopted")})`}
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
