/**
 * The data of tests/e2e/skills-surveys.spec.ts, made with the test factories (run by
 * runFactoryScript): a Romanian partner and an admin of this run only, and a Romanian focus group
 * with two WISEs named by the run's token. The skills framework is the seeded one.
 */
import { db } from "@/lib/db";
import { makeGrid, makeSession, makeWise } from "../factories/sessions";
import { specAccounts } from "../factories/users";

const token = JSON.parse(process.argv[2] ?? "{}").token as string;
const account = specAccounts("skills", token);

const partner = await account("partner", "PARTNER", "RO");
const admin = await account("admin", "ADMIN");
const facilitator = await account("facilitator", "FACILITATOR", "RO");
const { session } = await makeSession({
  facilitatorId: facilitator.id,
  countryCode: "RO",
  wiseCount: 0,
  // Named by the token: the factories' own numbering restarts in every script.
  gridId: (await makeGrid(`${token} grid`)).id,
});
const title = `Focus grup ${token}`;
await db.focusGroupSession.update({ where: { id: session.id }, data: { title } });
// WISEs named by the token (unique per run), on the focus group's agenda.
const wiseNames = [`WISE 1 ${token}`, `WISE 2 ${token}`];
for (const [index, name] of wiseNames.entries()) {
  const wise = await makeWise({ name, countryCode: "RO" });
  await db.agendaItem.create({
    data: { sessionId: session.id, wiseId: wise.id, position: index + 1 },
  });
}

console.log(JSON.stringify({ partner, admin, sessionTitle: title, wiseNames }));
await db.$disconnect();
