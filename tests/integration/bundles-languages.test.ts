import { beforeEach, describe, expect, it } from "vitest";
import { importBundle } from "@/lib/bundles/mutations";
import { getSessionBundle } from "@/lib/bundles/queries";
import type { BundleInput } from "@/lib/bundles/schemas";
import { db } from "@/lib/db";
import { setUpScoredSession } from "../factories/exports";
import { makeActor } from "../factories/users";
import { resetDatabase } from "../setup/reset-db";

type Text = { locale: string; name: string; levels?: string[] };
type NewGrid = {
  name: string;
  version: number;
  categories: {
    code: string;
    position: number;
    texts: Text[];
    criteria: { code: string; position: number; unit: unknown; weight: number; texts: Text[] }[];
  }[];
};

/** A bundle exported here, with a Greek translation added to one criterion before the export. */
async function exportedBundle() {
  const scored = await setUpScoredSession("CLOSED");
  const criterion = await db.gridCriterion.findFirstOrThrow({
    where: { code: "REVENUES", category: { gridId: scored.session.gridId } },
  });
  await db.gridCriterionText.create({
    data: {
      criterionId: criterion.id,
      locale: "el",
      name: "Έσοδα",
      levels: ["πολύ χαμηλά", "χαμηλά", "μέτρια", "υψηλά", "πολύ υψηλά"],
    },
  });
  const bundle = await getSessionBundle(scored.facilitator, scored.session.id);
  if (!bundle) throw new Error("no bundle");
  const json = JSON.parse(JSON.stringify(bundle)) as BundleInput;
  // Another installation's file, so that importing it here is pooling, not our own session.
  json.origin = { installationId: "elsewhere", sessionId: `elsewhere-${json.bundleKey}` };
  json.bundleKey = json.origin.sessionId;
  return json;
}

/** The same bundle as format version 1 wrote it: one field per language, English and Romanian. */
function asVersion1(bundle: BundleInput) {
  const grid = bundle.grid as unknown as NewGrid;
  const text = (texts: Text[], locale: string) => texts.find((t) => t.locale === locale);
  return {
    ...bundle,
    formatVersion: 1,
    grid: {
      name: grid.name,
      version: grid.version,
      categories: grid.categories.map(({ texts, criteria, ...category }) => ({
        ...category,
        nameEn: text(texts, "en")?.name,
        nameRo: text(texts, "ro")?.name,
        criteria: criteria.map(({ texts: wording, ...criterion }) => ({
          ...criterion,
          nameEn: text(wording, "en")?.name,
          nameRo: text(wording, "ro")?.name,
          levelsEn: text(wording, "en")?.levels,
          levelsRo: text(wording, "ro")?.levels,
        })),
      })),
    },
  };
}

/** Every wording row of the grid an import made, as "code/locale: name | levels". */
async function wordingOf(sessionId: string) {
  const session = await db.focusGroupSession.findUniqueOrThrow({ where: { id: sessionId } });
  const [categories, criteria] = await Promise.all([
    db.gridCategoryText.findMany({
      where: { category: { gridId: session.gridId } },
      include: { category: { select: { code: true } } },
    }),
    db.gridCriterionText.findMany({
      where: { criterion: { category: { gridId: session.gridId } } },
      include: { criterion: { select: { code: true } } },
    }),
  ]);
  return [
    ...categories.map((t) => `${t.category.code}/${t.locale}: ${t.name}`),
    ...criteria.map((t) => `${t.criterion.code}/${t.locale}: ${t.name} | ${t.levels.join(" / ")}`),
  ].sort();
}

describe("bundles and grid languages", () => {
  beforeEach(resetDatabase);

  it("are written per language, every language the grid has, and imported as such", async () => {
    const bundle = await exportedBundle();
    expect(bundle.formatVersion).toBe(2);
    const revenues = (bundle.grid as unknown as NewGrid).categories[0].criteria.find(
      (c) => c.code === "REVENUES",
    );
    expect(revenues?.texts.map((t) => t.locale)).toEqual(["el", "en", "ro"]);
    expect(JSON.stringify(bundle.grid)).not.toMatch(/nameEn|levelsRo/);

    await resetDatabase();
    const result = await importBundle(await makeActor("ADMIN"), bundle);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const wording = await wordingOf(result.data.sessionId);
    expect(wording).toContain(
      "REVENUES/el: Έσοδα | πολύ χαμηλά / χαμηλά / μέτρια / υψηλά / πολύ υψηλά",
    );
    expect(wording).toContain("ENTREPRENEURIAL/ro: Caracteristici antreprenoriale");
  });

  it("of format version 1 (nameEn, nameRo) still import, every text kept in its language", async () => {
    const bundle = await exportedBundle();
    const old = asVersion1(bundle);
    expect(JSON.stringify(old.grid)).toMatch(/"nameRo":"Venituri"/);

    await resetDatabase();
    const admin = await makeActor("ADMIN");
    const result = await importBundle(admin, old);
    expect(result).toMatchObject({ ok: true, data: { outcome: "imported", scores: 11 } });
    if (!result.ok) return;
    const wording = await wordingOf(result.data.sessionId);
    const expected = (old.grid.categories as ReturnType<typeof asVersion1>["grid"]["categories"])
      .flatMap((category) => [
        `${category.code}/en: ${category.nameEn}`,
        `${category.code}/ro: ${category.nameRo}`,
        ...category.criteria.flatMap((c) => [
          `${c.code}/en: ${c.nameEn} | ${c.levelsEn?.join(" / ")}`,
          `${c.code}/ro: ${c.nameRo} | ${c.levelsRo?.join(" / ")}`,
        ]),
      ])
      .sort();
    expect(wording).toEqual(expected);

    // The newer file of the same session matches the grid made from the old one: same English.
    expect(await importBundle(admin, bundle)).toMatchObject({ ok: true });
  });
});
