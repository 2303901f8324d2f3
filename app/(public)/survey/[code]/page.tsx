import type { Metadata } from "next";
import { cookies } from "next/headers";
import { getLocale, getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/i18n/client-messages";
import { ConsentForm } from "@/components/skills/answering/consent-form";
import { LinkNotice } from "@/components/skills/answering/link-notice";
import { SurveyFlow } from "@/components/skills/answering/survey-flow";
import { loadLinkForPage } from "@/lib/skills/answers/link-page";
import { getRespondentState, listSurveySkills } from "@/lib/skills/answers/queries";
import { RESUME_COOKIE } from "@/lib/skills/answers/resume-token";
import { isEasyReadGroup } from "@/lib/skills/answers/rules";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("SurveyEntry");
  return { title: t("title") };
}

/**
 * A link's page, from the printed code or its QR: the consent first (nothing stored before it),
 * then the questions for the link's staff group, resumed where this device stopped.
 */
export default async function SurveyLinkPage({ params }: { params: Promise<{ code: string }> }) {
  const { code } = await params;
  const link = await loadLinkForPage(code);
  const notice = await LinkNotice({ link });
  if (notice || link === "throttled") return notice;
  const t = await getTranslations("SurveyEntry");
  const state = await getRespondentState(link.linkId, (await cookies()).get(RESUME_COOKIE)?.value);
  const easyRead = isEasyReadGroup(link.group) || state?.mode === "EASY_READ";
  const skills = state
    ? await listSurveySkills(link.frameworkId, link.group, await getLocale())
    : [];
  return (
    <ClientMessages namespaces={["Errors", "SurveyAnswer"]}>
      <div className="mx-auto max-w-md">
        <h1 className="mb-1 text-xl font-bold text-slate-900">{link.title}</h1>
        <p className="mb-4 text-slate-800">
          {t("forWise", { wise: link.wiseName })} · {t("group", { group: link.group })}
        </p>
        {state ? (
          <SurveyFlow
            code={link.code}
            responseId={state.responseId}
            easyRead={easyRead}
            interview={state.mode === "INTERVIEWER"}
            skills={skills}
            initialAnswers={state.answers}
            initialProfile={{
              barriers: state.barriers,
              preferredFormat: state.preferredFormat,
              needText: state.needText ?? "",
              submitted: state.submitted,
            }}
          />
        ) : (
          <ConsentForm code={link.code} interview={false} easyRead={easyRead} />
        )}
      </div>
    </ClientMessages>
  );
}
