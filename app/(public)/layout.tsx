import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { LanguageSwitcher } from "@/components/layout/language-switcher";

/** Pages anyone may open without signing in (shared summaries): no menu, no account. */
export default async function PublicLayout({ children }: { children: ReactNode }) {
  const t = await getTranslations("App");
  return (
    <div className="flex min-h-screen flex-col">
      <header className="border-b border-slate-300 bg-white">
        <div className="mx-auto flex max-w-3xl flex-wrap items-center justify-between gap-2 px-4 py-2">
          <p className="text-lg font-bold text-teal-900">{t("name")}</p>
          <LanguageSwitcher />
        </div>
      </header>
      <main id="main" className="mx-auto w-full max-w-3xl flex-1 px-4 py-6">
        {children}
      </main>
    </div>
  );
}
