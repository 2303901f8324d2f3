import { getTranslations } from "next-intl/server";
import { SurveyNotice } from "@/components/skills/answering/survey-notice";

/** An unknown code (or a draft survey's): 404, and a way to type another. */
export default async function SurveyNotFound() {
  const t = await getTranslations("SurveyEntry");
  return <SurveyNotice title={t("unknownTitle")} text={t("unknownText")} />;
}
