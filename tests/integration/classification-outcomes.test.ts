import { beforeEach, describe, expect, it } from "vitest";
import { decideClassification } from "@/lib/classification/mutations";
import { getClassificationView } from "@/lib/classification/queries";
import { db } from "@/lib/db";
import { getSessionResults } from "@/lib/results/queries";
import { makeSession } from "../factories/sessions";
import { makeActor } from "../factories/users";
import { resetDatabase } from "../setup/reset-db";

beforeEach(resetDatabase);

const ZEROS = {
  productionWeight: 0,
  trainingWeight: 0,
  socialSupportWeight: 0,
  placementWeight: 0,
  salesRevenuePct: 0,
  publicContractsRevenuePct: 0,
  subsidiesRevenuePct: 0,
  donationsRevenuePct: 0,
};

/** A session of four WISEs: clearly productive, a tie, a thin profile, one weight missing. */
async function sessionWithProfiles() {
  const facilitator = await makeActor("FACILITATOR", { countryCode: "RO" });
  const { session, agendaItems } = await makeSession({
    facilitatorId: facilitator.id,
    wiseCount: 4,
  });
  const [bakery, tie, thin, partly] = agendaItems;
  const profile = (agendaItemId: string, data: Record<string, unknown>) =>
    db.agendaItem.update({ where: { id: agendaItemId }, data: { wise: { update: data } } });
  await profile(bakery.id, {
    ...ZEROS,
    productionWeight: 80,
    socialSupportWeight: 20,
    integrationMode: "PERMANENT",
    salesRevenuePct: 75,
    subsidiesRevenuePct: 25,
  });
  await profile(tie.id, {
    ...ZEROS,
    productionWeight: 50,
    socialSupportWeight: 50,
    integrationMode: "PERMANENT",
  });
  await profile(thin.id, { integrationMode: "MIXED" });
  await profile(partly.id, {
    ...ZEROS,
    productionWeight: 80,
    socialSupportWeight: 20,
    trainingWeight: null,
    integrationMode: "PERMANENT",
    salesRevenuePct: 75,
    subsidiesRevenuePct: 25,
  });
  return { facilitator, session, items: { bakery, tie, thin, partly } };
}

describe("classification outcomes on the pages that show them", () => {
  it("the classification page names a tie and the missing facts instead of a model", async () => {
    const { facilitator, items } = await sessionWithProfiles();
    const tie = await getClassificationView(facilitator, items.tie.id);
    expect(tie?.suggestion).toMatchObject({
      outcome: "tie",
      model: null,
      tie: ["PRODUCTIVE", "SOCIAL_ENTERPRISE"],
    });
    const partly = await getClassificationView(facilitator, items.partly.id);
    expect(partly?.suggestion).toMatchObject({
      outcome: "notEnoughInformation",
      model: null,
      missing: ["trainingWeight"],
    });
  });

  it("a decision on a tie stores no suggested model, and says it was a tie", async () => {
    const { facilitator, items } = await sessionWithProfiles();
    const result = await decideClassification(facilitator, {
      agendaItemId: items.tie.id,
      agreedModel: "SOCIAL_ENTERPRISE",
      rationale: "Support comes first for this group.",
    });
    expect(result).toMatchObject({ ok: true, data: { suggestedModel: null } });
    const stored = await db.classification.findUniqueOrThrow({
      where: { agendaItemId: items.tie.id },
    });
    expect(stored.suggestedModel).toBeNull();
    expect(stored.suggestion).toMatchObject({ outcome: "tie" });
  });

  it("the results' model counts show ties and 'no suggestion' apart from the models", async () => {
    const { facilitator, session, items } = await sessionWithProfiles();
    await decideClassification(facilitator, {
      agendaItemId: items.tie.id,
      agreedModel: "SOCIAL_ENTERPRISE",
      rationale: "Support comes first for this group.",
    });
    const results = await getSessionResults(facilitator, session.id);
    if (!results) throw new Error("no results");
    expect(results.models.noSuggestion).toEqual({ tie: 1, notEnoughInformation: 2 });
    const suggested = Object.fromEntries(
      results.models.byModel.map((row) => [row.model, row.suggested]),
    );
    // Only the bakery is suggested a model; no tie falls back to the first model in the list.
    expect(suggested).toEqual({
      PRODUCTIVE: 1,
      VOCATIONAL_TRAINING: 0,
      SOCIAL_ENTERPRISE: 0,
      PLACEMENT: 0,
      ONE_STOP_SHOP: 0,
    });
    const byItem = new Map(results.wises.map((wise) => [wise.agendaItemId, wise]));
    expect(byItem.get(items.bakery.id)).toMatchObject({
      suggestedModel: "PRODUCTIVE",
      suggestionOutcome: "suggested",
    });
    expect(byItem.get(items.tie.id)).toMatchObject({
      suggestedModel: null,
      suggestionOutcome: "tie",
      agreedModel: "SOCIAL_ENTERPRISE",
    });
    expect(byItem.get(items.thin.id)).toMatchObject({
      suggestedModel: null,
      suggestionOutcome: "notEnoughInformation",
    });
  });
});
