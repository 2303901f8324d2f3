import type { Metadata } from "next";
import Link from "next/link";
import { forbidden, notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { cache } from "react";
import { ClientMessages } from "@/components/i18n/client-messages";
import { PageHeader } from "@/components/ui/page-header";
import { wiseCountryOptions } from "@/components/wises/country-options";
import { thresholdCheckNames } from "@/components/wises/threshold-labels";
import { WiseForm } from "@/components/wises/wise-form";
import { wiseFormValues } from "@/components/wises/wise-form-values";
import { ForbiddenError } from "@/lib/auth/permissions";
import { requireUser } from "@/lib/auth/session";
import { getWiseForEdit } from "@/lib/wises/queries";

type Params = { params: Promise<{ wiseId: string }> };

/**
 * Read once per request, for the title and the form alike. "wise.update" depends on the WISE's
 * country, so the query checks it once the WISE is read.
 */
const loadWise = cache(async (wiseId: string) => {
  const user = await requireUser();
  const wise = await getWiseForEdit(user, wiseId).catch((error: unknown) => {
    if (error instanceof ForbiddenError) forbidden();
    throw error;
  });
  if (!wise) notFound();
  return wise;
});

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const [wise, t] = await Promise.all([loadWise((await params).wiseId), getTranslations("Wises")]);
  return { title: t("editTitle", { name: wise.name }) };
}

export default async function EditWisePage({ params }: Params) {
  const wise = await loadWise((await params).wiseId);
  const [t, countryOptions, checkNames] = await Promise.all([
    getTranslations("Wises"),
    wiseCountryOptions(),
    thresholdCheckNames(),
  ]);
  return (
    <ClientMessages namespaces={["CountryRulesForm", "Errors", "Forms", "WiseForm"]}>
      <p className="mb-2">
        <Link href={`/wises/${wise.id}`} className="text-teal-800 underline underline-offset-4">
          {wise.name}
        </Link>
      </p>
      <PageHeader title={t("editTitle", { name: wise.name })} />
      <WiseForm
        countryOptions={countryOptions}
        checkNames={checkNames}
        wiseId={wise.id}
        values={wiseFormValues(wise)}
      />
    </ClientMessages>
  );
}
