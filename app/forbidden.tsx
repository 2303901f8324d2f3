import Link from "next/link";
import { getTranslations } from "next-intl/server";

export default async function Forbidden() {
  const t = await getTranslations("Forbidden");
  return (
    <main id="main" className="mx-auto max-w-xl px-4 py-16">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="mt-2 text-slate-800">{t("body")}</p>
      <Link href="/" className="mt-4 inline-block font-medium text-teal-800 underline">
        {t("home")}
      </Link>
    </main>
  );
}
