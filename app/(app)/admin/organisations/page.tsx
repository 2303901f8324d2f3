import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/i18n/client-messages";
import { OrganisationForm } from "@/components/organisations/organisation-form";
import { PageHeader } from "@/components/ui/page-header";
import { can } from "@/lib/auth/permissions";
import { requirePermission } from "@/lib/auth/session";
import { countriesByName, countryName } from "@/lib/countries/catalogue";
import { listCountryCodes, listOrganisations } from "@/lib/organisations/queries";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Organisations");
  return { title: t("title") };
}

export default async function OrganisationsPage() {
  const user = await requirePermission("organisation.list");
  const [organisations, countryCodes, locale, t] = await Promise.all([
    listOrganisations(user),
    listCountryCodes(),
    getLocale(),
    getTranslations("Organisations"),
  ]);
  return (
    <ClientMessages namespaces={["Errors", "Forms"]}>
      <PageHeader title={t("title")} description={t("description")} />
      <div className="mb-8 overflow-x-auto">
        <table className="w-full border-collapse bg-white text-left">
          <caption className="sr-only">{t("title")}</caption>
          <thead>
            <tr className="border-b border-slate-400">
              <th scope="col" className="p-2">
                {t("name")}
              </th>
              <th scope="col" className="p-2">
                {t("country")}
              </th>
              <th scope="col" className="p-2">
                {t("members")}
              </th>
            </tr>
          </thead>
          <tbody>
            {organisations.map((organisation) => (
              <tr key={organisation.id} className="border-b border-slate-200">
                <td className="p-2">{organisation.name}</td>
                <td className="p-2">{countryName(organisation.countryCode, locale)}</td>
                <td className="p-2">{organisation._count.users}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {can(user, "organisation.create") && (
        <section aria-labelledby="new-organisation">
          <h2 id="new-organisation" className="mb-3 text-xl font-semibold">
            {t("new")}
          </h2>
          <OrganisationForm
            countryOptions={countriesByName(countryCodes, locale).map((c) => ({
              value: c.code,
              label: c.name,
            }))}
          />
        </section>
      )}
    </ClientMessages>
  );
}
