import { getTranslations } from "next-intl/server";
import { getDateFormatter } from "@/lib/dates/reader";
import type { SurveyLinkView } from "@/lib/skills/answers/link-queries";
import { SurveyNotice } from "./survey-notice";

/** The page for a link that takes no answers now, or null when it does. */
export async function LinkNotice({ link }: { link: SurveyLinkView | "throttled" }) {
  const t = await getTranslations("SurveyEntry");
  if (link === "throttled")
    return <SurveyNotice title={t("throttledTitle")} text={t("throttledText")} />;
  if (link.availability === "closed")
    return <SurveyNotice title={t("closedTitle")} text={t("closedText")} />;
  if (link.availability === "notYetOpen") {
    const format = await getDateFormatter();
    return (
      <SurveyNotice
        title={t("notYetOpenTitle")}
        text={t("notYetOpenText", { date: format.date(link.opensAt) })}
      />
    );
  }
  return null;
}
