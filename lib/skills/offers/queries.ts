import "server-only";
import type { Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { gapScope } from "../gaps/scope";

/** The catalogue as the reader may see it: their country's offers, or every one for admins. */
export async function listTrainingOffers(actor: Actor) {
  const scope = gapScope(actor);
  return db.trainingOffer.findMany({
    where: scope.everything ? {} : { countryCode: { in: scope.countryCodes } },
    orderBy: [{ countryCode: "asc" }, { title: "asc" }],
    select: {
      id: true,
      title: true,
      group: true,
      eqfLevel: true,
      format: true,
      hours: true,
      language: true,
      countryCode: true,
      provider: true,
      costEur: true,
      accessibility: true,
      url: true,
      skills: { select: { skillCode: true }, orderBy: { skillCode: "asc" } },
    },
  });
}

export type ListedOffer = Awaited<ReturnType<typeof listTrainingOffers>>[number];
