import { getFormatter, getTranslations } from "next-intl/server";
import type { ThresholdCheck } from "@/lib/wises/threshold-rules";
import { OutcomeBadge } from "./outcome-badge";

/** Each published threshold: the outcome, the figures it used, and what is missing to decide. */
export async function ThresholdChecks({ checks }: { checks: ThresholdCheck[] }) {
  const [t, format] = await Promise.all([getTranslations("Wises"), getFormatter()]);
  return (
    <ul className="grid gap-3 md:grid-cols-2">
      {checks.map((check) => (
        <li key={check.rule} className="rounded-lg border border-slate-300 bg-white p-4">
          <div className="flex flex-wrap items-start justify-between gap-2">
            <h3 className="font-semibold">{t(`thresholds.${check.rule}.name`)}</h3>
            <OutcomeBadge outcome={check.outcome} label={t(`outcome.${check.outcome}`)} />
          </div>
          <p className="text-sm text-slate-700">{t(`thresholds.${check.rule}.source`)}</p>
          <dl className="mt-2 text-sm">
            {check.figures.map((figure) => (
              <div key={figure.measure} className="py-1">
                <dt className="font-medium">{t(`measure.${figure.measure}`)}</dt>
                <dd>
                  {figure.percent === null
                    ? t("figureUnknown", { minimum: figure.minimum })
                    : t("figure", {
                        percent: format.number(figure.percent, { maximumFractionDigits: 2 }),
                        minimum: figure.minimum,
                      })}
                </dd>
              </div>
            ))}
          </dl>
          {check.outcome === "unknown" && check.missing.length > 0 && (
            <p className="mt-2 text-sm">
              <span className="font-medium">{t("missingIntro")}</span>{" "}
              {format.list(check.missing.map((fact) => t(`missing.${fact}`)))}
            </p>
          )}
          <p className="mt-2 text-sm text-slate-600">{t(`thresholds.${check.rule}.basis`)}</p>
        </li>
      ))}
    </ul>
  );
}
