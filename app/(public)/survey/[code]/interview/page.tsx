import type { Metadata } from "next";
import { forbidden, redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/i18n/client-messages";
import { ConsentForm } from "@/components/skills/answering/consent-form";
import { LinkNotice } from "@/components/skills/answering/link-notice";
import { can } from "@/lib/auth/permissions";
import { getCurrentUser } from "@/lib/auth/session";
import { loadLinkForPage } from "@/lib/skills/answers/link-page";
import { isEasyReadGroup } from "@/lib/skills/answers/rules";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("SurveyEntry");
  return { title: t("interviewTitle") };
}

/**
 * An interviewer (signed in, allowed for the survey's country) reads the consent to the person,
 * then records their answers on this device. Each interview is a new response; the interviewer
 * is not stored with it.
 */
export default async function SurveyInterviewPage({
  params,
}: {
  params: Promise<{ code: string }>;
}) {
  const { code } = await params;
  const user = await getCurrentUser();
  // The survey's pages are open to all (proxy.ts); an interviewer signs in and comes back here.
  if (!user)
    redirect(
      `/sign-in?callbackUrl=${encodeURIComponent(`/survey/${encodeURIComponent(code)}/interview`)}`,
    );
  const link = await loadLinkForPage(code, "/interview");
  if (link !== "throttled" && !can(user, "survey.interview", { countryCode: link.countryCode }))
    forbidden();
  const notice = await LinkNotice({ link });
  if (notice || link === "throttled") return notice;
  const t = await getTranslations("SurveyEntry");
  return (
    <ClientMessages namespaces={["Errors", "SurveyAnswer"]}>
      <div className="mx-auto max-w-md">
        <h1 className="mb-1 text-xl font-bold text-slate-900">{t("interviewerTitle")}</h1>
        <p className="mb-1 text-slate-800">
          {link.title} · {t("forWise", { wise: link.wiseName })} ·{" "}
          {t("group", { group: link.group })}
        </p>
        <p className="mb-4 text-slate-800">{t("interviewerNoStore")}</p>
        <ConsentForm code={link.code} interview easyRead={isEasyReadGroup(link.group)} />
      </div>
    </ClientMessages>
  );
}
