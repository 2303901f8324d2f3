import { getFormatter, getTranslations } from "next-intl/server";
import { RULES } from "@/lib/wises/country-rules/index";
import type { ThresholdCheck } from "@/lib/wises/threshold-rules";
import { figureText } from "./figure-text";
import { OutcomeBadge } from "./outcome-badge";

/**
 * Each rule that applies to the WISE: its outcome ("unverified" beside it where a figure awaits a
 * check against the act), the act it cites, the figures it used, and what is missing to decide;
 * then the statuses of the country that have no figure to check, said as such.
 */
export async function ThresholdChecks({
  checks,
  statusesWithoutRule,
}: {
  checks: ThresholdCheck[];
  statusesWithoutRule: string[];
}) {
  const [t, tWises, tForm, format] = await Promise.all([
    getTranslations("CountryRules"),
    getTranslations("Wises"),
    getTranslations("CountryRulesForm"),
    getFormatter(),
  ]);
  const legalForm = (code: string) => tForm(`legalForms.${code}` as "legalForms.OTHER");
  return (
    <>
      {checks.length === 0 && statusesWithoutRule.length === 0 && <p>{t("noRulesForCountry")}</p>}
      <ul className="grid gap-3 md:grid-cols-2" data-testid="rule-checks">
        {checks.map((check) => {
          const { act, confidence } = RULES[check.rule];
          return (
            <li key={check.rule} className="rounded-lg border border-slate-300 bg-white p-4">
              <div className="flex flex-wrap items-start justify-between gap-2">
                <h3 className="font-semibold">{t(`rules.${check.rule}.name`)}</h3>
                <span className="flex flex-wrap gap-1">
                  <OutcomeBadge
                    outcome={check.outcome}
                    label={tWises(`outcome.${check.outcome}`)}
                  />
                  {check.unverified && (
                    <span className="rounded-full border border-amber-700 bg-amber-50 px-2 py-0.5 text-sm font-medium text-amber-900">
                      {t("unverified")}
                    </span>
                  )}
                </span>
              </div>
              <p className="text-sm text-slate-700">
                {act.article === null
                  ? t("actNoArticle", { act: act.name })
                  : t("act", { act: act.name, article: act.article })}
              </p>
              <p className="text-sm text-slate-600">{t(`confidence.${confidence}`)}</p>
              {check.unverified && <p className="text-sm text-amber-900">{t("unverifiedNote")}</p>}
              <dl className="mt-2 text-sm">
                {check.figures.map((figure) => (
                  <div key={`${figure.measure}${figure.op}${figure.threshold}`} className="py-1">
                    <dt className="font-medium">
                      {t(`measure.${figure.measure}` as "measure.legalForm")}
                    </dt>
                    <dd>{figureText(figure, t, format, legalForm)}</dd>
                  </div>
                ))}
              </dl>
              {check.outcome === "unknown" && check.missing.length > 0 && (
                <p className="mt-2 text-sm">
                  <span className="font-medium">{t("missingIntro")}</span>{" "}
                  {format.list(check.missing.map((fact) => tForm(`facts.${fact}`)))}
                </p>
              )}
            </li>
          );
        })}
      </ul>
      {statusesWithoutRule.length > 0 && (
        <section className="mt-4" aria-labelledby="no-rule-heading">
          <h3 id="no-rule-heading" className="font-semibold">
            {t("noRuleHeading")}
          </h3>
          <ul className="list-disc pl-6 text-sm">
            {statusesWithoutRule.map((key) => (
              <li key={key}>{t(`noRule.${key}` as "noRule.AT_NO_LEGAL_FORM")}</li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
