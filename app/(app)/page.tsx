import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { NextSteps } from "@/components/home/next-steps";
import { WaitingList } from "@/components/home/waiting-list";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/lib/auth/session";
import { countryName } from "@/lib/countries/catalogue";
import { getWaitingSections } from "@/lib/home/queries";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Home");
  return { title: t("title") };
}

/** What needs the reader now, then what else their role lets them do. */
export default async function HomePage() {
  const user = await requireUser();
  const [t, tWaiting, tRoles, locale, sections] = await Promise.all([
    getTranslations("Home"),
    getTranslations("Waiting"),
    getTranslations("Roles"),
    getLocale(),
    getWaitingSections(user),
  ]);
  const context = [
    tRoles(user.role),
    user.organisation?.name,
    user.countryCode ? countryName(user.countryCode, locale) : undefined,
  ].filter(Boolean);
  return (
    <>
      <PageHeader title={t("welcome", { name: user.name })} description={context.join(" · ")} />
      <p className="mb-6 text-slate-800">{t(`intro.${user.role}`)}</p>
      <section aria-labelledby="waiting-heading" className="mb-8">
        <h2 id="waiting-heading" className="mb-3 text-xl font-bold">
          {tWaiting("heading")}
        </h2>
        {sections.length > 0 ? (
          <WaitingList sections={sections} />
        ) : (
          <p className="rounded-lg border border-slate-300 bg-white p-4">
            {tWaiting(`nothing.${user.role}`)}
          </p>
        )}
      </section>
      <section aria-labelledby="can-do-heading">
        <h2 id="can-do-heading" className="mb-3 text-xl font-bold">
          {tWaiting("whatYouCanDo")}
        </h2>
        <NextSteps user={user} />
      </section>
    </>
  );
}
