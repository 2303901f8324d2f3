/**
 * The data of tests/e2e/home.spec.ts, made with the test factories (run by runFactoryScript):
 * fresh accounts of each role, so that what other specs do to the demo accounts meanwhile does
 * not change what these homes list, and one session or account per waiting kind.
 * Prints the ids and names the spec needs as JSON.
 */
import { db } from "@/lib/db";
import type { SessionStatus } from "@/lib/generated/prisma/enums";
import { addMember, makeGrid, makeSession } from "../factories/sessions";
import { makeUser, specAccounts } from "../factories/users";

const token = JSON.parse(process.argv[2] ?? "{}").token as string;
const account = specAccounts("home", token);

const grid = await makeGrid(`${token} grid`);
const facilitator = await account("facilitator", "FACILITATOR", "RO");
const partner = await account("partner", "PARTNER", "RO");
const participant = await account("participant", "PARTICIPANT");
const admin = await account("admin", "ADMIN");
const otherFacilitator = await account("otherFacilitator", "FACILITATOR", "BE");
const idle = await account("idle", "PARTICIPANT");

/** A session of `facilitatorId` with one WISE of its own (named by the token, unique per run). */
async function session(
  title: string,
  status: SessionStatus,
  countryCode = "RO",
  facilitatorId = facilitator.id,
) {
  const { session } = await makeSession({
    facilitatorId,
    status,
    countryCode,
    gridId: grid.id,
    wiseCount: 0,
  });
  const wise = await db.wise.create({ data: { name: `${title} WISE`, countryCode } });
  const item = await db.agendaItem.create({
    data: { sessionId: session.id, wiseId: wise.id, position: 1 },
  });
  await db.focusGroupSession.update({ where: { id: session.id }, data: { title } });
  return { id: session.id, title, agendaItemId: item.id };
}

const review = (sessionId: string, step: "APPROVED" | "CHANGES_REQUESTED") =>
  db.sessionReview.create({ data: { sessionId, authorId: partner.id, step, body: "Checked." } });

const toOpen = await session(`${token} to open`, "DRAFT");
const scoring = await session(`${token} scoring`, "OPEN");
const awaiting = await session(`${token} awaiting`, "CLOSED");
const changes = await session(`${token} changes`, "CLOSED");
await review(changes.id, "CHANGES_REQUESTED");
const ready = await session(`${token} ready`, "CLOSED");
await review(ready.id, "APPROVED");
// Another facilitator's Belgian session: the Romanian partner must not see it.
const belgian = await session(`${token} belgian`, "CLOSED", "BE", otherFacilitator.id);

await addMember(scoring.id, participant.id, "PARTICIPANT", true);
const published = await session(`${token} published`, "PUBLISHED");
await addMember(published.id, participant.id, "PARTICIPANT");
await db.sessionStatusChange.create({
  data: {
    sessionId: published.id,
    fromStatus: "CLOSED",
    toStatus: "PUBLISHED",
    changedById: facilitator.id,
  },
});

// An account invited by the admin, whose link expires first of all pending ones (listed first).
const invited = await makeUser("FACILITATOR", {
  email: `invited-${token}@home.example`.toLowerCase(),
});
await db.user.update({ where: { id: invited.id }, data: { name: `${token} Invited` } });
await db.invitation.create({
  data: {
    userId: invited.id,
    createdById: admin.id,
    tokenHash: `${token}-hash`,
    expiresAt: new Date(Date.now() + 60 * 60 * 1000),
  },
});
const imported = await session(`${token} imported`, "CLOSED", "RO", admin.id);
await db.focusGroupSession.update({
  where: { id: imported.id },
  data: { bundleKey: `${token}-bundle` },
});

console.log(
  JSON.stringify({
    accounts: { facilitator, partner, participant, admin, idle },
    sessions: { toOpen, scoring, awaiting, changes, ready, belgian, published, imported },
    invited: { id: invited.id, name: `${token} Invited` },
  }),
);
await db.$disconnect();
