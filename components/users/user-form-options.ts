import "server-only";
import { getLocale, getTranslations } from "next-intl/server";
import type { Actor } from "@/lib/auth/permissions";
import { countriesByName, countryName } from "@/lib/countries/catalogue";
import { listCountryCodes, listOrganisations } from "@/lib/organisations/queries";
import { ROLES } from "@/lib/users/schemas";

/** The choices a user form offers, labelled in the reader's language. */
export async function userFormOptions(actor: Actor) {
  const [locale, tRoles, organisations, countryCodes] = await Promise.all([
    getLocale(),
    getTranslations("Roles"),
    listOrganisations(actor),
    listCountryCodes(),
  ]);
  return {
    roleOptions: ROLES.map((role) => ({ value: role, label: tRoles(role) })),
    organisationOptions: organisations.map((organisation) => ({
      value: organisation.id,
      label: `${organisation.name} (${countryName(organisation.countryCode, locale)})`,
    })),
    countryOptions: countriesByName(countryCodes, locale).map((country) => ({
      value: country.code,
      label: country.name,
    })),
  };
}
