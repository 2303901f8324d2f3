import { getFormatter, getTranslations } from "next-intl/server";
import type { AlphaResult } from "@/lib/results/krippendorff";
import { agreementBand } from "@/lib/results/rules";

/**
 * Alpha as people read it: the value with its band in words and what it rests on, or "not enough
 * data" with the reason. `compact` leaves the reason and basis to a tooltip-free second line.
 */
export async function AlphaFigure({
  result,
  compact = false,
}: {
  result: AlphaResult;
  compact?: boolean;
}) {
  const [t, format] = await Promise.all([getTranslations("Results.agreement"), getFormatter()]);
  if (result.alpha === null) {
    return (
      <span>
        <span className="font-medium">{t("notEnoughData")}</span>
        {!compact && result.reason && (
          <span className="block text-sm text-slate-700">{t(`reason.${result.reason}`)}</span>
        )}
      </span>
    );
  }
  const alpha = format.number(result.alpha, { minimumFractionDigits: 3, maximumFractionDigits: 3 });
  return (
    <span>
      <span className="font-semibold tabular-nums">{t("alpha", { alpha })}</span>{" "}
      <span>({t(`band.${agreementBand(result.alpha)}`)})</span>
      <span className="block text-sm text-slate-700">
        {t("restsOn", { units: result.units, raters: result.raters })}
      </span>
    </span>
  );
}
