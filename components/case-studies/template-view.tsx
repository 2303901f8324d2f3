import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { ReasonList } from "@/components/classification/reason-list";
import { HeatmapTable } from "@/components/skills/heatmap-table";
import { SupportNeedSummary } from "@/components/wises/support-need-summary";
import { ThresholdChecks } from "@/components/wises/threshold-checks";
import type { CaseStudyTemplate } from "@/lib/case-studies/template-queries";

function Part({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="mb-6 rounded-lg border border-slate-300 bg-white p-4">
      <h2 id={id} className="mb-2 text-xl font-semibold">
        {title}
      </h2>
      {children}
    </section>
  );
}

/**
 * The template's read-only parts: the WISE's profile, its model and its staff's skills gaps, as
 * the registry, the focus group and the survey hold them now (lib/case-studies/template-queries).
 */
export async function CaseStudyTemplateView({ template }: { template: CaseStudyTemplate }) {
  const [t, tForm, tModels, tGroups, tAreas, format] = await Promise.all([
    getTranslations("CaseStudies"),
    getTranslations("WiseForm"),
    getTranslations("Models"),
    getTranslations("Surveys.groups"),
    getTranslations("SkillFrameworks.areas"),
    getFormatter(),
  ]);
  const { profile, model, gaps } = template;
  const unknown = <span className="text-slate-600">{t("profile.notGiven")}</span>;
  const or = (value: ReactNode) =>
    value === null || value === undefined || value === "" ? unknown : value;
  const count = (value: number | null) => (value === null ? unknown : format.number(value));
  return (
    <>
      <p className="mb-4 text-sm text-slate-700">{t("page.readOnlyNote")}</p>
      {profile && (
        <Part id="profile-heading" title={t("profile.heading")}>
          <p className="mb-2 text-sm text-slate-700">
            {t("profile.intro")}{" "}
            <Link href={`/wises/${profile.id}`} className="text-teal-800 underline">
              {t("profile.openProfile")}
            </Link>
          </p>
          <dl className="grid gap-x-6 sm:grid-cols-2" data-testid="case-study-profile">
            {(
              [
                [t("profile.legalForm"), or(profile.legalForm)],
                [t("profile.region"), or(profile.region)],
                [t("profile.yearFounded"), or(profile.yearFounded)],
                [t("profile.sectors"), or(profile.sectors.join(", "))],
                [t("profile.employees"), count(profile.totalEmployees)],
                [t("profile.supportNeedWorkers"), count(profile.supportNeedWorkers)],
                [
                  t("profile.integrationMode"),
                  profile.integrationMode
                    ? tForm(`integrationModes.${profile.integrationMode}`)
                    : unknown,
                ],
              ] as [string, ReactNode][]
            ).map(([label, value]) => (
              <div key={label} className="border-b border-slate-100 py-2">
                <dt className="text-sm font-medium text-slate-700">{label}</dt>
                <dd className="break-words">{value}</dd>
              </div>
            ))}
          </dl>
          <SupportNeedSummary supportNeeds={profile.supportNeeds} />
          <h3 className="mt-4 mb-2 font-semibold">{t("profile.thresholds")}</h3>
          <ThresholdChecks
            checks={profile.checks}
            statusesWithoutRule={profile.statusesWithoutRule}
          />
        </Part>
      )}
      <Part id="model-heading" title={t("model.heading")}>
        {model ? (
          <>
            <p className="font-semibold" data-testid="case-study-model">
              {t("model.agreed", { model: tModels(`${model.model}.name`) })}
            </p>
            <p className="mb-2 text-slate-800">{tModels(`${model.model}.summary`)}</p>
            <p className="mb-2 text-sm text-slate-700">
              {t("model.session", { session: model.session.title })}
            </p>
            {model.rationale && (
              <>
                <h3 className="font-semibold">{t("model.rationale")}</h3>
                <p className="mb-2 whitespace-pre-line break-words">{model.rationale}</p>
              </>
            )}
            {model.reasons.length > 0 && (
              <>
                <h3 className="font-semibold">{t("model.reasons")}</h3>
                <ReasonList reasons={model.reasons} className="list-disc pl-6" />
              </>
            )}
          </>
        ) : (
          <p>{t("model.none")}</p>
        )}
      </Part>
      <Part id="gaps-heading" title={t("gaps.heading")}>
        <p className="mb-3 text-sm text-slate-700">{t("gaps.intro")}</p>
        {gaps.rowKeys.length === 0 ? (
          <p>{t("gaps.none")}</p>
        ) : (
          <HeatmapTable
            id="case-study-gaps"
            title={t("gaps.table")}
            heatmap={gaps}
            rowLabel={(key) => tGroups(key as "ENABLER")}
            areaLabel={(area) => tAreas(area as "MANAGEMENT")}
          />
        )}
      </Part>
    </>
  );
}
