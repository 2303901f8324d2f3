import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/i18n/client-messages";
import { PageHeader } from "@/components/ui/page-header";
import { wiseCountryOptions } from "@/components/wises/country-options";
import { thresholdCheckNames } from "@/components/wises/threshold-labels";
import { WiseForm } from "@/components/wises/wise-form";
import { requirePermission } from "@/lib/auth/session";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Wises");
  return { title: t("new") };
}

export default async function NewWisePage() {
  const user = await requirePermission("wise.create");
  const [t, countryOptions, checkNames] = await Promise.all([
    getTranslations("Wises"),
    wiseCountryOptions(),
    thresholdCheckNames(),
  ]);
  // A facilitator usually registers WISEs of their own country: start there.
  const values = { countryCode: user.countryCode ?? "" };
  return (
    <ClientMessages namespaces={["CountryRulesForm", "Errors", "Forms", "WiseForm"]}>
      <PageHeader title={t("new")} description={t("newDescription")} />
      <WiseForm countryOptions={countryOptions} checkNames={checkNames} values={values} />
    </ClientMessages>
  );
}
