import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { NextSteps } from "@/components/home/next-steps";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/lib/auth/session";
import { countryName } from "@/lib/countries/catalogue";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Home");
  return { title: t("title") };
}

export default async function HomePage() {
  const user = await requireUser();
  const t = await getTranslations("Home");
  const tRoles = await getTranslations("Roles");
  const locale = await getLocale();
  const context = [
    tRoles(user.role),
    user.organisation?.name,
    user.countryCode ? countryName(user.countryCode, locale) : undefined,
  ].filter(Boolean);
  return (
    <>
      <PageHeader title={t("welcome", { name: user.name })} description={context.join(" · ")} />
      <p className="mb-4 text-slate-800">{t(`intro.${user.role}`)}</p>
      <NextSteps user={user} />
    </>
  );
}
