/**
 * The data of tests/e2e/good-practices.spec.ts, made with the test factories (run by
 * runFactoryScript): a Romanian facilitator and partner of this run only, the facilitator's focus
 * group with one WISE (agreed model: placement) and a public note about it written with
 * Romanian diacritics.
 */
import { db } from "@/lib/db";
import { makeNote } from "../factories/good-practices";
import { makeGrid, makeSession, makeWise } from "../factories/sessions";
import { specAccounts } from "../factories/users";

const token = JSON.parse(process.argv[2] ?? "{}").token as string;
const account = specAccounts("practices", token);

const facilitator = await account("facilitator", "FACILITATOR", "RO");
const partner = await account("partner", "PARTNER", "RO");
const { session } = await makeSession({
  facilitatorId: facilitator.id,
  countryCode: "RO",
  wiseCount: 0,
  gridId: (await makeGrid(`${token} grid`)).id,
});
const wiseName = `Brutăria ${token}`;
const wise = await makeWise({ name: wiseName, countryCode: "RO" });
const item = await db.agendaItem.create({
  data: { sessionId: session.id, wiseId: wise.id, position: 1 },
});
await db.classification.create({
  data: { agendaItemId: item.id, suggestion: {}, agreedModel: "PLACEMENT" },
});
await makeNote({
  sessionId: session.id,
  authorId: facilitator.id,
  agendaItemId: item.id,
  body: `Ucenicie la brutăriile partenere din Timișoara ${token}`,
});

console.log(JSON.stringify({ facilitator, partner, sessionId: session.id, wiseName }));
await db.$disconnect();
