import "server-only";
import { type Actor, assertCan } from "@/lib/auth/permissions";
import { db } from "@/lib/db";

export async function listOrganisations(actor: Actor) {
  assertCan(actor, "organisation.list");
  return db.organisation.findMany({
    orderBy: [{ countryCode: "asc" }, { name: "asc" }],
    select: { id: true, name: true, countryCode: true, _count: { select: { users: true } } },
  });
}

/** Every country a record may be tied to, for the pickers. */
export async function listCountryCodes() {
  const countries = await db.country.findMany({ select: { code: true } });
  return countries.map((country) => country.code);
}
