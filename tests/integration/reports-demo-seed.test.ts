import { beforeEach, describe, expect, inject, it } from "vitest";
import { db } from "@/lib/db";
import { createReport, releaseReport } from "@/lib/reports/mutations";
import { getRelease } from "@/lib/reports/queries";
import { seedIfEmpty } from "../../prisma/seed";
import { asActor } from "../factories/users";
import { resetDatabase } from "../setup/reset-db";

async function demoActor(email: string) {
  return asActor(await db.user.findUniqueOrThrow({ where: { email } }));
}

describe("reports from the demo data", () => {
  beforeEach(resetDatabase);

  it("release a European report covering Romania and Belgium, and Romania's own", {
    timeout: 120_000,
  }, async () => {
    expect(await seedIfEmpty(inject("databaseUrl"))).toBe(true);
    const admin = await demoActor("admin@wisefocus.example");
    const europe = await createReport(admin, {
      title: "WISEs in Europe",
      locale: "en",
      coverage: "EUROPE",
    });
    if (!europe.ok) throw new Error(europe.message);
    expect(await releaseReport(admin, { reportId: europe.data.reportId })).toMatchObject({
      ok: true,
    });
    const release = await getRelease(admin, europe.data.reportId, 1);
    const keys = release?.snapshot.chapters.map((chapter) => chapter.key);
    expect(keys).toEqual(expect.arrayContaining(["sector", "focusGroups", "comparison"]));
    const comparison = release?.snapshot.chapters.find((chapter) => chapter.key === "comparison");
    const table = comparison?.blocks.find((block) => block.kind === "table");
    const countries = table?.kind === "table" ? table.rows.map((row) => row[0]) : [];
    expect(countries).toEqual(expect.arrayContaining(["Romania", "Belgium", "Europe"]));
    // Brussels' focus group is closed but unscored in the demo: counted, and said to be so.
    const texts = comparison?.blocks.flatMap((b) => (b.kind === "paragraph" ? [b.text] : []));
    expect(texts).toContainEqual(expect.stringMatching(/^No WISE of Belgium has been scored yet/));

    const partner = await demoActor("partner.ro@wisefocus.example");
    const romania = await createReport(partner, {
      title: "WISEs in Romania",
      locale: "ro",
      coverage: "RO",
    });
    if (!romania.ok) throw new Error(romania.message);
    expect(await releaseReport(partner, { reportId: romania.data.reportId })).toMatchObject({
      ok: true,
    });
    const own = await getRelease(partner, romania.data.reportId, 1);
    // In Romanian, with the survey's skills gaps (the demo's closed survey is answered).
    expect(own?.snapshot.chapters.map((chapter) => chapter.key)).toEqual(
      expect.arrayContaining(["sector", "focusGroups", "skills"]),
    );
    expect(own?.snapshot.chapters.some((chapter) => chapter.key === "comparison")).toBe(false);
  });
});
