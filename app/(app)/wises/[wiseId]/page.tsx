import type { Metadata } from "next";
import Link from "next/link";
import { forbidden, notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { cache } from "react";
import { buttonClasses } from "@/components/ui/button-classes";
import { PageHeader } from "@/components/ui/page-header";
import { ThresholdChecks } from "@/components/wises/threshold-checks";
import { WiseProfileView } from "@/components/wises/wise-profile";
import { can, ForbiddenError } from "@/lib/auth/permissions";
import { requirePermission } from "@/lib/auth/session";
import { countryName } from "@/lib/countries/catalogue";
import { getWiseProfile } from "@/lib/wises/queries";

type Params = { params: Promise<{ wiseId: string }> };

/** Read once per request, for the title and the page alike; another country's WISE is a 403. */
const loadWise = cache(async (wiseId: string) => {
  const user = await requirePermission("wise.list");
  const wise = await getWiseProfile(user, wiseId).catch((error: unknown) => {
    if (error instanceof ForbiddenError) forbidden();
    throw error;
  });
  if (!wise) notFound();
  return { user, wise };
});

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { wise } = await loadWise((await params).wiseId);
  return { title: wise.name };
}

export default async function WisePage({
  params,
  searchParams,
}: Params & { searchParams: Promise<{ saved?: string }> }) {
  const [{ wiseId }, { saved }] = await Promise.all([params, searchParams]);
  const { user, wise } = await loadWise(wiseId);
  const [t, locale] = await Promise.all([getTranslations("Wises"), getLocale()]);
  return (
    <>
      <p className="mb-2">
        <Link href="/wises" className="text-teal-800 underline underline-offset-4">
          {t("title")}
        </Link>
      </p>
      <PageHeader
        title={wise.name}
        description={[countryName(wise.countryCode, locale), wise.region]
          .filter(Boolean)
          .join(" · ")}
        actions={
          can(user, "wise.update", { countryCode: wise.countryCode }) && (
            <Link href={`/wises/${wise.id}/edit`} className={buttonClasses("secondary")}>
              {t("edit")}
            </Link>
          )
        }
      />
      {saved === "1" && (
        <p role="status" className="mb-4 rounded-md border border-teal-700 bg-teal-50 p-3">
          {t("saved")}
        </p>
      )}
      <section aria-labelledby="checks" className="mb-6">
        <h2 id="checks" className="text-xl font-semibold">
          {t("sections.checks")}
        </h2>
        <p className="mb-3 text-slate-700">{t("checksIntro")}</p>
        <ThresholdChecks checks={wise.checks} statusesWithoutRule={wise.statusesWithoutRule} />
      </section>
      <WiseProfileView wise={wise} />
    </>
  );
}
