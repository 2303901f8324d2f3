import type { useFormatter, useTranslations } from "next-intl";
import type { Figure } from "@/lib/wises/threshold-rules";

type Translate = ReturnType<typeof useTranslations<"CountryRules">>;
type Format = ReturnType<typeof useFormatter>;

const CONDITION = {
  ">=": "atLeast",
  ">": "moreThan",
  "<=": "atMost",
  "<": "lessThan",
} as const;

function amount(figure: Figure, value: number, t: Translate, format: Format): string {
  switch (figure.unit) {
    case "percent":
      return format.number(value / 100, { style: "percent", maximumFractionDigits: 2 });
    case "fte":
      return t("fte", { value: format.number(value, { maximumFractionDigits: 2 }) });
    case "year":
      return t("year", { value: format.number(value) });
    default:
      return format.number(value);
  }
}

/**
 * One figure of a check in words, in the reader's language: "31.5 %, needs at least 30 %".
 * `withheld`: a small group's figure the reader may not see (lib/wises/queries.ts decides).
 */
export function figureText(
  figure: Figure,
  t: Translate,
  format: Format,
  legalForm: (code: string) => string,
): string {
  const condition =
    figure.op === "oneOf"
      ? t("condition.oneOf", {
          allowed: format.list(figure.allowed.map(legalForm), { type: "disjunction" }),
        })
      : t(`condition.${CONDITION[figure.op]}`, {
          threshold: amount(figure, figure.threshold ?? 0, t, format),
        });
  if (figure.withheld) return t("figureWithheld", { condition });
  if (figure.op === "oneOf") {
    return figure.code === null
      ? t("figureUnknown", { condition })
      : t("figure", { value: legalForm(figure.code), condition });
  }
  if (figure.value === null) {
    return figure.met === null
      ? t("figureUnknown", { condition })
      : t("figure", { value: "—", condition });
  }
  return t("figure", { value: amount(figure, figure.value, t, format), condition });
}
