import { beforeEach, describe, expect, it } from "vitest";
import { importBundle } from "@/lib/bundles/mutations";
import { getSessionBundle } from "@/lib/bundles/queries";
import type { BundleInput } from "@/lib/bundles/schemas";
import { db } from "@/lib/db";
import { sessionDataCounts, setUpScoredSession } from "../factories/exports";
import { makeActor, makeOrganisation } from "../factories/users";
import { resetDatabase } from "../setup/reset-db";

async function exportBundle(status: "CLOSED" | "PUBLISHED" = "CLOSED") {
  const scored = await setUpScoredSession(status);
  const bundle = await getSessionBundle(scored.facilitator, scored.session.id);
  if (!bundle) throw new Error("no bundle");
  return { ...scored, bundle: JSON.parse(JSON.stringify(bundle)) as BundleInput };
}

/**
 * The same bundle as another installation would have written it, so that importing it here
 * stands for pooling from elsewhere (this installation's own bundles are recognised as such).
 */
async function exportBundleFromElsewhere(status: "CLOSED" | "PUBLISHED" = "CLOSED") {
  const exported = await exportBundle(status);
  const { bundle } = exported;
  bundle.origin = {
    installationId: "another-installation",
    sessionId: `elsewhere-${bundle.bundleKey}`,
  };
  bundle.bundleKey = bundle.origin.sessionId;
  return exported;
}

/** What a round trip must keep: scores and classifications, keyed by WISE name and pseudonym. */
function content(bundle: BundleInput) {
  const wiseName = new Map(bundle.wises.map((wise) => [wise.ref, wise.name]));
  return {
    scores: bundle.scores
      .map(({ wise, ...score }) => JSON.stringify({ wise: wiseName.get(wise), ...score }))
      .sort(),
    classifications: bundle.classifications.map(({ wise, ...c }) => ({
      wise: wiseName.get(wise),
      ...c,
    })),
  };
}

describe("session bundles", () => {
  beforeEach(resetDatabase);

  it("carry the session with pseudonymous raters, no one's name and small groups hidden", async () => {
    const { bundle, session } = await exportBundle();
    expect(bundle.bundleKey).toBe(session.id);
    expect(bundle.raters).toEqual(["Rater 1", "Rater 2", "Rater 3"]);
    expect(bundle.scores).toHaveLength(await db.score.count());
    const text = JSON.stringify(bundle);
    for (const user of await db.user.findMany()) {
      expect(text).not.toContain(user.name);
      expect(text).not.toContain(user.email);
    }
    // In the enum's order, as the WISE page lists them; the 7 is withheld because the WISE's
    // total of workers with support needs minus 7 would give the small group away.
    expect(bundle.wises[0].supportNeedCounts).toEqual([
      { category: "LONG_TERM_UNEMPLOYED", withheld: true },
      { category: "HOMELESS", fewerThan: 5 },
    ]);
    expect(bundle.notes.map((note) => note.isPublic).sort()).toEqual([false, true]);
  });

  it("give a partner the public notes only: private ones stay with the session's team", async () => {
    const { session } = await setUpScoredSession();
    const organisation = await makeOrganisation({ countryCode: "RO" });
    const partner = await makeActor("PARTNER", {
      countryCode: "RO",
      organisationId: organisation.id,
    });
    const bundle = await getSessionBundle(partner, session.id);
    expect(bundle?.notes.map((note) => note.body)).toEqual(["Competențe digitale de bază"]);
  });

  it("round trip: imported into an empty installation, the session has the same scores and classifications", async () => {
    const { bundle } = await exportBundle("PUBLISHED");
    await resetDatabase();
    const admin = await makeActor("ADMIN");
    const result = await importBundle(admin, bundle);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.data).toMatchObject({ outcome: "imported", raters: 3, scores: 11 });
    const session = await db.focusGroupSession.findUniqueOrThrow({
      where: { id: result.data.sessionId },
    });
    expect(session).toMatchObject({
      bundleKey: bundle.bundleKey,
      facilitatorId: admin.id,
      status: "CLOSED",
    });
    const again = await getSessionBundle(admin, session.id);
    if (!again) throw new Error("no bundle");
    const reexported = JSON.parse(JSON.stringify(again)) as BundleInput;
    expect(reexported.bundleKey).toBe(bundle.bundleKey);
    expect(content(reexported)).toEqual(content(bundle));
    expect(reexported.grid).toEqual(bundle.grid);
    const placeholders = await db.user.findMany({ where: { role: "PARTICIPANT" } });
    expect(placeholders).toHaveLength(3);
    for (const user of placeholders) {
      expect(user).toMatchObject({ active: false, passwordHash: null });
      expect(user.email).toMatch(/^rater-[0-9a-f]{24}@imported\.invalid$/);
    }
  });

  it("importing the same bundle twice duplicates nothing and says it was imported before", async () => {
    const { bundle } = await exportBundleFromElsewhere();
    const admin = await makeActor("ADMIN");
    const first = await importBundle(admin, bundle);
    const counts = await sessionDataCounts();
    const scoreIds = (
      await db.score.findMany({ select: { id: true }, orderBy: { id: "asc" } })
    ).map((s) => s.id);
    const second = await importBundle(admin, bundle);
    expect(second.ok && second.data.outcome).toBe("updated");
    expect(second.ok && first.ok && second.data.sessionId).toBe(first.ok && first.data.sessionId);
    expect(await sessionDataCounts()).toEqual(counts);
    const after = (await db.score.findMany({ select: { id: true }, orderBy: { id: "asc" } })).map(
      (s) => s.id,
    );
    expect(after).toEqual(scoreIds);
  });

  it("a newer export of the same session updates the imported one in place", async () => {
    const { bundle } = await exportBundleFromElsewhere();
    const admin = await makeActor("ADMIN");
    await importBundle(admin, bundle);
    const counts = await sessionDataCounts();
    const changed = structuredClone(bundle);
    changed.scores[0] = { ...changed.scores[0], answer: "LEVEL", level: 1, comment: "Revizuit" };
    changed.scores.pop();
    const result = await importBundle(admin, changed);
    expect(result.ok).toBe(true);
    expect(await sessionDataCounts()).toEqual({ ...counts, scores: counts.scores - 1 });
    expect(await db.score.count({ where: { comment: "Revizuit", level: 1 } })).toBe(1);
  });

  it("refuses a bad file, a conflicting grid and a non-admin, writing nothing", async () => {
    const { bundle, facilitator } = await exportBundleFromElsewhere();
    const admin = await makeActor("ADMIN");
    const before = await sessionDataCounts();

    const broken = structuredClone(bundle);
    broken.scores[0].criterion = "NO_SUCH_CRITERION";
    const invalid = await importBundle(admin, broken);
    expect(invalid).toMatchObject({ ok: false, status: 400 });
    expect(!invalid.ok && invalid.fieldErrors["scores.0.criterion"]).toEqual([
      "bundleUnknownCriterion",
    ]);

    const conflicting = structuredClone(bundle);
    conflicting.grid.categories[0].criteria[0].weight = 3;
    expect(await importBundle(admin, conflicting)).toMatchObject({
      ok: false,
      status: 409,
      message: "bundleGridConflict",
    });

    const foreign = structuredClone(bundle);
    foreign.wises[1].countryCode = "ZZ";
    expect(await importBundle(admin, foreign)).toMatchObject({ message: "bundleCountryUnknown" });

    expect(await importBundle(facilitator, bundle)).toMatchObject({ ok: false, status: 403 });
    expect(await sessionDataCounts()).toEqual(before);
  });
});
