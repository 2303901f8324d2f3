import Link from "next/link";
import { getTranslations } from "next-intl/server";

/**
 * Why a link takes no answers (closed, not open yet, too many attempts), as a page of its own:
 * nothing was read about or written for the person.
 */
export async function SurveyNotice({ title, text }: { title: string; text: string }) {
  const t = await getTranslations("SurveyEntry");
  return (
    <div className="mx-auto max-w-md" data-testid="survey-notice">
      <h1 className="mb-2 text-2xl font-bold text-slate-900">{title}</h1>
      <p className="mb-6 text-slate-800">{text}</p>
      <Link href="/survey" className="font-medium text-teal-800 underline">
        {t("tryAnother")}
      </Link>
    </div>
  );
}
