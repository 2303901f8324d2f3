import { beforeEach, describe, expect, it } from "vitest";
import { importBundle } from "@/lib/bundles/mutations";
import { getSessionBundle } from "@/lib/bundles/queries";
import type { BundleInput } from "@/lib/bundles/schemas";
import { db } from "@/lib/db";
import { saveScore } from "@/lib/evaluations/mutations";
import { getEuropeanView } from "@/lib/results/queries";
import { addSessionNote } from "@/lib/sessions/note-mutations";
import { sessionDataCounts, setUpScoredSession } from "../factories/exports";
import { makeActor } from "../factories/users";
import { resetDatabase } from "../setup/reset-db";

async function exportBundle() {
  const scored = await setUpScoredSession("CLOSED");
  const bundle = await getSessionBundle(scored.facilitator, scored.session.id);
  if (!bundle) throw new Error("no bundle");
  return { ...scored, bundle: JSON.parse(JSON.stringify(bundle)) as BundleInput };
}

/** A bundle exported here, then the database emptied: the import runs on another installation. */
async function bundleFromAnotherInstallation() {
  const { bundle } = await exportBundle();
  await resetDatabase();
  return bundle;
}

const romania = async (admin: Awaited<ReturnType<typeof makeActor>>) =>
  (await getEuropeanView(admin)).countries.find((country) => country.country === "RO");

describe("pooling bundles without loss", () => {
  beforeEach(resetDatabase);

  it("a bundle names where it was recorded: this installation and the session", async () => {
    const { bundle, session } = await exportBundle();
    const installation = await db.installation.findUniqueOrThrow({ where: { singleton: 1 } });
    expect(bundle.origin).toEqual({ installationId: installation.id, sessionId: session.id });
  });

  it("imported back where it was exported, it recognises its session: no copy, counted once", async () => {
    const { bundle, session } = await exportBundle();
    const admin = await makeActor("ADMIN");
    const before = await sessionDataCounts();
    const viewBefore = await romania(admin);
    expect(viewBefore?.sessions).toBe(1);

    const result = await importBundle(admin, bundle);
    expect(result).toMatchObject({ ok: true, data: { sessionId: session.id, outcome: "own" } });
    expect(await sessionDataCounts()).toEqual(before);
    expect(await romania(admin)).toEqual(viewBefore);

    // An older file without its origin is recognised by its key, which is the session's id here.
    const { origin: _origin, ...withoutOrigin } = bundle;
    expect(await importBundle(admin, withoutOrigin)).toMatchObject({
      ok: true,
      data: { outcome: "own" },
    });
    expect(await db.focusGroupSession.count()).toBe(1);

    // Whatever path writes it, the database refuses a copy of a session held here.
    await expect(
      db.focusGroupSession.create({
        data: {
          title: "Copy",
          startsAt: new Date(),
          countryCode: "RO",
          gridId: session.gridId,
          facilitatorId: admin.id,
          bundleKey: session.id,
        },
      }),
    ).rejects.toThrow();
    expect(await db.focusGroupSession.count()).toBe(1);
  });

  it("an imported session is read-only: local scores and notes are refused, so a re-import loses none", async () => {
    const bundle = await bundleFromAnotherInstallation();
    bundle.session.status = "OPEN";
    const admin = await makeActor("ADMIN");
    const imported = await importBundle(admin, bundle);
    if (!imported.ok) throw new Error(JSON.stringify(imported));
    const sessionId = imported.data.sessionId;
    const item = await db.agendaItem.findFirstOrThrow({ where: { sessionId } });
    const criterion = await db.gridCriterion.findFirstOrThrow();
    const scoresBefore = await db.score.count();

    const scored = await saveScore(admin, {
      agendaItemId: item.id,
      criterionId: criterion.id,
      answer: "LEVEL",
      level: 4,
      expectedVersion: 0,
    });
    expect(scored).toMatchObject({ ok: false, status: 409, message: "sessionImportedReadOnly" });
    expect(
      await addSessionNote(admin, { sessionId, subject: "GENERAL", body: "Local note" }),
    ).toMatchObject({ ok: false, status: 409, message: "sessionImportedReadOnly" });
    expect(await db.score.count()).toBe(scoresBefore);

    const again = await importBundle(admin, bundle);
    expect(again).toMatchObject({ ok: true, data: { outcome: "updated" } });
    expect(again.ok && again.data.changes.scores).toEqual({ added: 0, updated: 0, removed: 0 });
  });

  it("the import says what it added, updated and removed, and which grid version it created", async () => {
    const bundle = await bundleFromAnotherInstallation();
    const admin = await makeActor("ADMIN");
    const first = await importBundle(admin, bundle);
    expect(first).toMatchObject({
      ok: true,
      data: {
        outcome: "imported",
        changes: {
          wises: { added: 2, updated: 0, removed: 0 },
          scores: { added: bundle.scores.length, updated: 0, removed: 0 },
          notes: { added: bundle.notes.length, updated: 0, removed: 0 },
        },
        gridCreated: { name: bundle.grid.name, version: bundle.grid.version },
      },
    });

    const newer = structuredClone(bundle);
    newer.scores[0] = { ...newer.scores[0], answer: "LEVEL", level: 1, comment: "Revizuit" };
    newer.scores.pop();
    newer.notes.push({
      wise: null,
      theme: null,
      body: "Adăugată după export",
      isPublic: true,
      createdAt: "2026-12-05T10:00:00.000Z",
    });
    const second = await importBundle(admin, newer);
    expect(second).toMatchObject({
      ok: true,
      data: {
        outcome: "updated",
        changes: {
          wises: { added: 0, updated: 0, removed: 0 },
          scores: { added: 0, updated: 1, removed: 1 },
          notes: { added: 1, updated: 0, removed: 0 },
        },
        gridCreated: null,
      },
    });
  });
});
