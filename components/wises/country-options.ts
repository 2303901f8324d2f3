import "server-only";
import { getLocale } from "next-intl/server";
import { countriesByName } from "@/lib/countries/catalogue";
import { listCountryCodes } from "@/lib/organisations/queries";

/** Every country a WISE may belong to, named in the reader's language, for the form's picker. */
export async function wiseCountryOptions() {
  const [codes, locale] = await Promise.all([listCountryCodes(), getLocale()]);
  return countriesByName(codes, locale).map((country) => ({
    value: country.code,
    label: country.name,
  }));
}
