import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createReport, releaseReport, saveNarrative } from "@/lib/reports/mutations";
import { getRelease, getReport, listReleases, listReports } from "@/lib/reports/queries";
import type { ReportChapter } from "@/lib/reports/snapshot";
import { agreeModel, scoreAs } from "../factories/results";
import { makeGrid, makeSession } from "../factories/sessions";
import { makeActor } from "../factories/users";
import { resetDatabase } from "../setup/reset-db";

/** A closed focus group of `country` whose one WISE was scored `level` everywhere, with a model. */
async function scoredWise(
  country: string,
  level: number,
  model: "PRODUCTIVE" | "PLACEMENT" | "SOCIAL_ENTERPRISE",
) {
  const grid =
    (await db.grid.findFirst({ include: { categories: { include: { criteria: true } } } })) ??
    (await makeGrid());
  const full = await db.grid.findUniqueOrThrow({
    where: { id: grid.id },
    include: { categories: { include: { criteria: true } } },
  });
  const lead = await makeActor("FACILITATOR", { countryCode: country });
  const { agendaItems, session } = await makeSession({
    facilitatorId: lead.id,
    countryCode: country,
    gridId: full.id,
    status: "CLOSED",
  });
  const item = agendaItems[0];
  if (!item) throw new Error("no agenda item");
  const criteria = full.categories.flatMap((category) => category.criteria);
  await scoreAs(
    item.id,
    lead.id,
    Object.fromEntries(criteria.map((criterion) => [criterion.id, ["LEVEL", level]])),
  );
  await agreeModel(item.id, model);
  return { session, item };
}

const chapter = (chapters: ReportChapter[], key: ReportChapter["key"]) =>
  chapters.find((c) => c.key === key);

async function reportCounts() {
  const [reports, narratives, releases] = await Promise.all([
    db.report.count(),
    db.reportNarrative.count(),
    db.reportRelease.count(),
  ]);
  return { reports, narratives, releases };
}

describe("reports", () => {
  beforeEach(resetDatabase);

  it("keep a country's report from a partner of another country by every path", async () => {
    const romania = await makeActor("PARTNER", { countryCode: "RO" });
    const belgium = await makeActor("PARTNER", { countryCode: "BE" });
    const facilitator = await makeActor("FACILITATOR", { countryCode: "RO" });
    await scoredWise("RO", 4, "PRODUCTIVE");
    const created = await createReport(romania, {
      title: "WISEs in Romania",
      locale: "ro",
      coverage: "RO",
    });
    if (!created.ok) throw new Error(created.message);
    const { reportId } = created.data;
    const released = await releaseReport(romania, { reportId });
    expect(released).toMatchObject({ ok: true, data: { number: 1 } });
    const before = await reportCounts();

    // Creating Romania's report, or the European one, is refused.
    expect(
      await createReport(belgium, { title: "Not mine", locale: "en", coverage: "RO" }),
    ).toMatchObject({ ok: false, status: 403 });
    expect(
      await createReport(belgium, { title: "Europe", locale: "en", coverage: "EUROPE" }),
    ).toMatchObject({ ok: false, status: 403 });
    // Writing, releasing: 404, as if it did not exist.
    expect(
      await saveNarrative(belgium, { reportId, chapterKey: "introduction", body: "x", version: 0 }),
    ).toMatchObject({ ok: false, status: 404 });
    expect(await releaseReport(belgium, { reportId })).toMatchObject({ ok: false, status: 404 });
    // Reading: nothing listed, nothing found, no release, no history.
    expect(await listReports(belgium)).toEqual([]);
    expect(await getReport(belgium, reportId)).toBeNull();
    expect(await getRelease(belgium, reportId, 1)).toBeNull();
    expect(await listReleases(belgium, reportId)).toBeNull();
    // Romania's facilitator reads it but may not write it.
    expect(await getReport(facilitator, reportId)).not.toBeNull();
    expect(
      await saveNarrative(facilitator, {
        reportId,
        chapterKey: "introduction",
        body: "x",
        version: 0,
      }),
    ).toMatchObject({ ok: false, status: 403 });
    expect(await reportCounts()).toEqual(before);
    // Its partner sees it, in the report's language.
    const release = await getRelease(romania, reportId, 1);
    expect(release?.snapshot.locale).toBe("ro");
    expect(chapter(release?.snapshot.chapters ?? [], "sector")?.title).toBeTruthy();
  });

  it("refuses a stale save of a chapter's text as a conflict, and keeps the newer text", async () => {
    const partner = await makeActor("PARTNER", { countryCode: "RO" });
    const created = await createReport(partner, { title: "R", locale: "en", coverage: "RO" });
    if (!created.ok) throw new Error(created.message);
    const { reportId } = created.data;
    const first = { reportId, chapterKey: "introduction", version: 0 };
    expect(await saveNarrative(partner, { ...first, body: "Mine" })).toMatchObject({
      ok: true,
      data: { version: 1 },
    });
    expect(await saveNarrative(partner, { ...first, body: "Theirs" })).toMatchObject({
      ok: false,
      status: 409,
      message: "narrativeConflict",
    });
    expect(
      await saveNarrative(partner, { reportId, chapterKey: "comparison", body: "x", version: 0 }),
    ).toMatchObject({ ok: false, status: 400 });
    const narrative = await db.reportNarrative.findFirstOrThrow({ where: { reportId } });
    expect(narrative).toMatchObject({ body: "Mine", version: 1 });
  });

  it("keeps a release as it was after the data changes; the next release says what changed", async () => {
    const partner = await makeActor("PARTNER", { countryCode: "RO" });
    const { item } = await scoredWise("RO", 4, "PRODUCTIVE");
    const created = await createReport(partner, { title: "R", locale: "en", coverage: "RO" });
    if (!created.ok) throw new Error(created.message);
    const { reportId } = created.data;
    await saveNarrative(partner, {
      reportId,
      chapterKey: "introduction",
      body: "# Hello",
      version: 0,
    });
    expect(await releaseReport(partner, { reportId, note: "First" })).toMatchObject({ ok: true });
    const first = await getRelease(partner, reportId, 1);
    if (!first) throw new Error("no release");

    // The scores fall from 4 to 2, the WISE changes model and name, the text changes.
    await db.score.updateMany({
      where: { evaluation: { agendaItemId: item.id } },
      data: { level: 2 },
    });
    await db.classification.update({
      where: { agendaItemId: item.id },
      data: { agreedModel: "SOCIAL_ENTERPRISE" },
    });
    await db.wise.update({
      where: { id: item.wiseId },
      data: { name: "Renamed", totalEmployees: 300 },
    });
    await saveNarrative(partner, {
      reportId,
      chapterKey: "introduction",
      body: "# Hello again",
      version: 1,
    });

    expect(await getRelease(partner, reportId, 1)).toEqual(first);
    const focus = chapter(first.snapshot.chapters, "focusGroups");
    const means = focus?.blocks.find((block) => block.kind === "table");
    expect(means?.kind === "table" && means.rows[0]).toEqual(["Productive", "4", "4", 1]);

    expect(await releaseReport(partner, { reportId })).toMatchObject({ data: { number: 2 } });
    const history = await listReleases(partner, reportId);
    const changes = history?.releases[0]?.changes ?? [];
    expect(history?.releases.map((r) => r.number)).toEqual([2, 1]);
    expect(history?.releases[1]?.changes).toEqual([{ kind: "firstRelease" }]);
    expect(changes).toContainEqual({
      kind: "narrativeChanged",
      chapter: "introduction",
      title: "Introduction",
    });
    const meansChange = changes.find(
      (change) => change.kind === "tableChanged" && change.caption.startsWith("Mean level"),
    );
    expect(meansChange).toMatchObject({
      rowsAdded: ["Social enterprise"],
      rowsRemoved: ["Productive"],
    });
    const sizes = changes.find(
      (change) => change.kind === "tableChanged" && change.caption === "WISEs by size",
    );
    expect(sizes).toMatchObject({ rowsAdded: ["Large (250 staff or more)"] });
  });

  it("covers every country in the European report and names Romania's national model", async () => {
    const admin = await makeActor("ADMIN");
    await scoredWise("RO", 2, "PLACEMENT");
    await scoredWise("BE", 5, "PRODUCTIVE");
    await scoredWise("BE", 5, "SOCIAL_ENTERPRISE");
    const created = await createReport(admin, {
      title: "WISEs in Europe",
      locale: "en",
      coverage: "EUROPE",
    });
    if (!created.ok) throw new Error(created.message);
    const released = await releaseReport(admin, { reportId: created.data.reportId });
    expect(released.ok).toBe(true);
    const release = await getRelease(admin, created.data.reportId, 1);
    const comparison = chapter(release?.snapshot.chapters ?? [], "comparison");
    const table = comparison?.blocks.find((block) => block.kind === "table");
    expect(table?.kind === "table" && table.rows.map((row) => row[0])).toEqual([
      "Belgium",
      "Romania",
      "Europe",
    ]);
    const texts = (comparison?.blocks ?? []).flatMap((b) =>
      b.kind === "paragraph" ? [b.text] : [],
    );
    expect(texts).toContainEqual(
      expect.stringMatching(
        /^Romania has a model outside the European model: Specialised in placement/,
      ),
    );
    // Romania scores 2 against Europe's 4: below by more than half a level, in every category.
    expect(texts).toContainEqual(expect.stringMatching(/Romania scores 2, below the European 4/));
    // A Belgian partner reads the European report too, but may not release it.
    const belgium = await makeActor("PARTNER", { countryCode: "BE" });
    expect(await getRelease(belgium, created.data.reportId, 1)).not.toBeNull();
    expect(await releaseReport(belgium, { reportId: created.data.reportId })).toMatchObject({
      ok: false,
      status: 403,
    });
  });
});
