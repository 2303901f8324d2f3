"use client";

import { useTranslations } from "next-intl";

/** Shown when a page fails unexpectedly; the details stay in the server log, never on screen. */
export default function ErrorPage({ reset }: { error: Error; reset: () => void }) {
  const t = useTranslations("Errors");
  return (
    <main id="main" className="mx-auto max-w-xl px-4 py-16">
      <h1 className="text-2xl font-bold">{t("pageFailedTitle")}</h1>
      <p className="mt-2 text-slate-800">{t("pageFailedBody")}</p>
      <button type="button" onClick={reset} className="mt-4 font-medium text-teal-800 underline">
        {t("tryAgain")}
      </button>
    </main>
  );
}
