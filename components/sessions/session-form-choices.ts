import "server-only";
import { getLocale } from "next-intl/server";
import { countriesByName, countryName } from "@/lib/countries/catalogue";
import { getDateFormatter } from "@/lib/dates/reader";
import { getSessionFormChoices } from "@/lib/sessions/queries";
import type { SessionFormChoices } from "./session-form";

export async function sessionFormChoices(): Promise<SessionFormChoices> {
  const [locale, { grids, organisations, countryCodes }, dates] = await Promise.all([
    getLocale(),
    getSessionFormChoices(),
    getDateFormatter(),
  ]);
  return {
    timeZoneName: dates.zone(),
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
