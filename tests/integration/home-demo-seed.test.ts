import { beforeEach, describe, expect, inject, it } from "vitest";
import { db } from "@/lib/db";
import { getWaitingCount, getWaitingSections } from "@/lib/home/queries";
import { DEMO_ACCOUNTS, seedIfEmpty } from "../../prisma/seed";
import { asActor } from "../factories/users";
import { resetDatabase } from "../setup/reset-db";

/** What each demo account's home lists after `npm run db:seed:demo` on an empty database. */
async function homeOf(email: string) {
  const user = await db.user.findUniqueOrThrow({ where: { email } });
  const actor = asActor(user);
  const sections = await getWaitingSections(actor);
  return {
    count: await getWaitingCount(actor),
    lists: Object.fromEntries(
      sections.map((section) => [section.kind, section.items.map((item) => item.label)]),
    ),
  };
}

describe("the demo data gives every role something waiting", () => {
  beforeEach(resetDatabase);

  it("seeds, on an empty database, a job for each demo account", { timeout: 60_000 }, async () => {
    expect(await seedIfEmpty(inject("databaseUrl"))).toBe(true);

    for (const account of DEMO_ACCOUNTS) {
      expect((await homeOf(account.email)).count, account.email).toBeGreaterThan(0);
    }
    expect((await homeOf("facilitator@wisefocus.example")).lists).toMatchObject({
      SCORING: expect.arrayContaining([
        "Focus grup București: modele de întreprinderi sociale de inserție",
        "Focus grup Timișoara: sesiune în direct",
      ]),
      AWAITING_PARTNER: ["Focus grup Cluj: rezultate de analizat"],
    });
    expect((await homeOf("partner.ro@wisefocus.example")).lists).toEqual({
      TO_REVIEW: ["Focus grup Cluj: rezultate de analizat"],
    });
    expect((await homeOf("partner.be@wisefocus.example")).lists).toEqual({
      TO_REVIEW: ["Focus group Brussels"],
    });
    expect((await homeOf("participant@wisefocus.example")).lists).toEqual({
      INVITED_TO_SCORE: ["Focus grup București: modele de întreprinderi sociale de inserție"],
      NEW_SUMMARY: ["Focus grup Iași: rezumat publicat"],
    });
    expect((await homeOf("admin@wisefocus.example")).lists).toMatchObject({
      PENDING_INVITATION: ["Irina Invitată"],
    });
  });
});
