import { getTranslations } from "next-intl/server";
import type { Reason } from "@/lib/classification/rules";

/**
 * The points a model earned, each with its reason ("2 points: production is 60% of the work"),
 * "at least" when the points hold whatever the missing facts are. Shown by the classification's
 * ranking and by a case study's template, in the same words.
 */
export async function ReasonList({
  reasons,
  className,
}: {
  reasons: readonly Reason[];
  className?: string;
}) {
  const [t, tReasons] = await Promise.all([
    getTranslations("Classification"),
    getTranslations("Classification.reasons"),
  ]);
  return (
    <ul className={className}>
      {reasons.map((reason) => (
        <li key={reason.key}>
          {t(reason.worstCase ? "reasonPointsAtLeast" : "reasonPoints", {
            points: reason.points,
            reason: tReasons(
              reason.key as "function.production",
              reason.values as { share: number },
            ),
          })}
        </li>
      ))}
    </ul>
  );
}
