"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { formDataToObject } from "@/lib/actions/form-data";
import type { ActionResult } from "@/lib/actions/result";
import { runAsCurrentUser } from "@/lib/actions/run-as-current-user";
import { getDateFormatter } from "@/lib/dates/reader";
import { sendMailIfConfigured } from "@/lib/email/send";
import { publicOrigin } from "@/lib/http/public-origin";
import { formatLinkCode, surveyLinkUrl } from "./codes";
import { closeSurvey, createSurvey, remindSurveyWise } from "./mutations";

/** Creates the survey and opens its page, where the links and codes are. */
export async function createSurveyAction(
  _previous: unknown,
  formData: FormData,
): Promise<ActionResult<{ surveyId: string }>> {
  const result = await runAsCurrentUser(createSurvey, formDataToObject(formData));
  if (!result.ok) return result;
  revalidatePath("/surveys");
  redirect(`/surveys/${result.data.surveyId}`);
}

type Emailed = Awaited<ReturnType<typeof sendMailIfConfigured>> | "no-address";

/**
 * Records the reminder, then e-mails the WISE's representative every link of the WISE, in the
 * language of the person reminding (the representative's own is not known).
 */
export async function remindSurveyWiseAction(
  _previous: unknown,
  formData: FormData,
): Promise<ActionResult<{ emailed: Emailed }>> {
  const result = await runAsCurrentUser(remindSurveyWise, formDataToObject(formData));
  if (!result.ok) return result;
  const { surveyId, survey, wise, links } = result.data;
  revalidatePath(`/surveys/${surveyId}`);
  if (!wise.representativeEmail) return { ok: true, data: { emailed: "no-address" } };
  const [t, tGroups, dates] = await Promise.all([
    getTranslations("Surveys.reminderMail"),
    getTranslations("Surveys.groups"),
    getDateFormatter(),
  ]);
  const origin = publicOrigin();
  const lines = links.map(
    (link) =>
      `${tGroups(link.group)}: ${surveyLinkUrl(origin, link.code)} (${formatLinkCode(link.code)})`,
  );
  // The last day is the one before closesAt, which is the next day's midnight.
  const lastDay = new Date(survey.closesAt.getTime() - 1);
  const emailed = await sendMailIfConfigured({
    to: wise.representativeEmail,
    subject: t("subject", { title: survey.title }),
    text: t("body", {
      title: survey.title,
      wise: wise.name,
      closes: dates.date(lastDay),
      links: lines.join("\n"),
    }),
  });
  return { ok: true, data: { emailed } };
}

export async function closeSurveyAction(
  _previous: unknown,
  formData: FormData,
): Promise<ActionResult<{ surveyId: string }>> {
  const result = await runAsCurrentUser(closeSurvey, formDataToObject(formData));
  if (result.ok) {
    revalidatePath(`/surveys/${result.data.surveyId}`);
    revalidatePath("/surveys");
  }
  return result;
}
