import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { LanguageSwitcher } from "@/components/layout/language-switcher";

export default async function AuthLayout({ children }: { children: ReactNode }) {
  const t = await getTranslations("App");
  return (
    <div className="flex min-h-screen flex-col">
      <header className="flex items-center justify-between px-4 py-3">
        <p className="text-lg font-bold text-teal-900">{t("name")}</p>
        <LanguageSwitcher />
      </header>
      <main id="main" className="mx-auto w-full max-w-md flex-1 px-4 py-8">
        {children}
      </main>
    </div>
  );
}
