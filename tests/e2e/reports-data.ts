/**
 * The data of tests/e2e/reports.spec.ts, made with the test factories (run by runFactoryScript):
 * a Romanian partner and an admin of this run only, and one closed focus group in Romania and
 * one in Belgium, each with a scored WISE whose model was agreed (a national model in Romania).
 */

import { db } from "@/lib/db";
import type { WiseModel } from "@/lib/generated/prisma/enums";
import { agreeModel, scoreAs } from "../factories/results";
import { makeGrid, makeSession } from "../factories/sessions";
import { specAccounts } from "../factories/users";

const token = JSON.parse(process.argv[2] ?? "{}").token as string;
const account = specAccounts("reports", token);

const partner = await account("partner", "PARTNER", "RO");
const admin = await account("admin", "ADMIN");
const grid = await makeGrid(`${token} grid`);
const criteria = grid.categories.flatMap((category) => category.criteria);

async function scoredFocusGroup(country: string, level: number, model: WiseModel) {
  const lead = await account(`lead-${country}`, "FACILITATOR", country);
  const { agendaItems } = await makeSession({
    facilitatorId: lead.id,
    countryCode: country,
    gridId: grid.id,
    status: "CLOSED",
  });
  for (const item of agendaItems) {
    await scoreAs(
      item.id,
      lead.id,
      Object.fromEntries(criteria.map((criterion) => [criterion.id, ["LEVEL", level]])),
    );
    await agreeModel(item.id, model);
  }
}

await scoredFocusGroup("RO", 2, "PLACEMENT");
await scoredFocusGroup("BE", 5, "PRODUCTIVE");

console.log(JSON.stringify({ partner, admin }));
await db.$disconnect();
