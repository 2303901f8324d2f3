import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { buttonClasses } from "@/components/ui/button-classes";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("SurveyEntry");
  return { title: t("title") };
}

const INPUT =
  "mt-1 block w-full rounded-md border border-slate-500 px-3 py-2 text-lg uppercase focus-visible:outline-3 focus-visible:outline-amber-500";

/**
 * Where a printed code is typed: a plain form (no JavaScript needed) that leads to the link's
 * page, which counts the attempt and says whether the code is known. An interviewer goes to the
 * same link's interview page.
 */
export default async function SurveyEntryPage({
  searchParams,
}: {
  searchParams: Promise<{ code?: string | string[]; interview?: string }>;
}) {
  const { code, interview } = await searchParams;
  if (typeof code === "string" && code.trim() !== "") {
    const path = `/survey/${encodeURIComponent(code.trim().slice(0, 32))}`;
    redirect(interview === "1" ? `${path}/interview` : path);
  }
  const t = await getTranslations("SurveyEntry");
  return (
    <div className="mx-auto max-w-md">
      <h1 className="mb-2 text-2xl font-bold text-slate-900">{t("title")}</h1>
      <p className="mb-6 text-slate-800">{t("intro")}</p>
      <form method="get" action="/survey" className="mb-10 space-y-4">
        <div>
          <label htmlFor="survey-code" className="font-semibold">
            {t("code")}
          </label>
          <p id="survey-code-hint" className="text-sm text-slate-800">
            {t("codeHint")}
          </p>
          <input
            id="survey-code"
            name="code"
            required
            maxLength={32}
            autoComplete="off"
            autoCapitalize="characters"
            spellCheck={false}
            aria-describedby="survey-code-hint"
            className={INPUT}
          />
        </div>
        <button type="submit" className={buttonClasses()}>
          {t("open")}
        </button>
      </form>
      <section aria-labelledby="interview-heading" className="border-t border-slate-300 pt-6">
        <h2 id="interview-heading" className="mb-2 text-lg font-bold">
          {t("interviewTitle")}
        </h2>
        <p className="mb-4 text-slate-800">{t("interviewIntro")}</p>
        <form method="get" action="/survey" className="space-y-4">
          <input type="hidden" name="interview" value="1" />
          <div>
            <label htmlFor="interview-code" className="font-semibold">
              {t("code")}
            </label>
            <input
              id="interview-code"
              name="code"
              required
              maxLength={32}
              autoComplete="off"
              className={INPUT}
            />
          </div>
          <button type="submit" className={buttonClasses("secondary")}>
            {t("interviewOpen")}
          </button>
        </form>
      </section>
    </div>
  );
}
