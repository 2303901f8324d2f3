import "server-only";
import { getLocale } from "next-intl/server";
import { countriesByName, countryName } from "@/lib/countries/catalogue";
import { getSessionFormChoices } from "@/lib/sessions/queries";
import type { SessionFormChoices } from "./session-form";

export async function sessionFormChoices(): Promise<SessionFormChoices> {
  const [locale, { grids, organisations, countryCodes }] = await Promise.all([
    getLocale(),
    getSessionFormChoices(),
  ]);
  return {
    gridOptions: grids.map((grid) => ({ value: grid.id, label: `${grid.name} v${grid.version}` })),
    countryOptions: countriesByName(countryCodes, locale).map((country) => ({
      value: country.code,
      label: country.name,
    })),
    organisationOptions: organisations.map((organisation) => ({
      value: organisation.id,
      label: `${organisation.name} (${countryName(organisation.countryCode, locale)})`,
    })),
  };
}
