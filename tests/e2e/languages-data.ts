/**
 * The data of tests/e2e/languages.spec.ts, made with the test factories (run by
 * runFactoryScript): a facilitator of its own with a session open for scoring, a session of
 * theirs running live (its join code), and a published summary shared by link.
 * Prints what the spec needs as JSON.
 */
import { randomBytes } from "node:crypto";
import { db } from "@/lib/db";
import { control } from "../factories/live";
import { makeGrid, makeSession } from "../factories/sessions";
import { asActor, makeUser } from "../factories/users";

const token = JSON.parse(process.argv[2] ?? "{}").token as string;
const password = `languages spec ${token}`;
const facilitator = await makeUser("FACILITATOR", {
  email: `facilitator-${token}@languages.example`.toLowerCase(),
  password,
  countryCode: "RO",
});
const grid = await makeGrid(`${token} grid`);

/** A session of the facilitator with one WISE named in its own script. */
async function sessionWith(wiseName: string, status: "OPEN" | "PUBLISHED") {
  const { session } = await makeSession({
    facilitatorId: facilitator.id,
    gridId: grid.id,
    status,
    wiseCount: 0,
  });
  const wise = await db.wise.create({ data: { name: wiseName, countryCode: "RO" } });
  const item = await db.agendaItem.create({
    data: { sessionId: session.id, wiseId: wise.id, position: 1 },
  });
  return { sessionId: session.id, agendaItemId: item.id, wise: wise.name };
}

const scoring = await sessionWith(`Cooperativa Señales ${token}`, "OPEN");
const live = await sessionWith(`Κοινωνική Επιχείρηση ${token}`, "OPEN");
const state = await control(asActor(facilitator), live.sessionId, { action: "start" });
const published = await sessionWith(`Социално предприятие ${token}`, "PUBLISHED");
const shareToken = randomBytes(16).toString("hex");
await db.focusGroupSession.update({ where: { id: published.sessionId }, data: { shareToken } });

console.log(
  JSON.stringify({
    facilitator: { email: facilitator.email, password },
    scoring,
    live: { ...live, code: state.joinCode },
    shareToken,
  }),
);
await db.$disconnect();
