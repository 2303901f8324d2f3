import pg from "pg";
import type { LiveState } from "../../lib/live/events";
import { Device } from "../bench-live/http";
import { signIn } from "../bench-live/sign-in";

const TIMEOUT_MS = 30_000;

async function controlRoom(device: Device, sessionId: string, action: Record<string, unknown>) {
  const answer = await device.postJson<{ state?: LiveState }>(
    `/api/live/sessions/${sessionId}/control`,
    action,
  );
  if (answer.status !== 200 || !answer.body.state) {
    throw new Error(`control ${String(action.action)} answered ${answer.status}`);
  }
  return answer.body.state;
}

/**
 * The demo facilitator opens the live room of the demo session that is ready to run live, a guest
 * joins from a phone and is admitted, and scoring opens on the first WISE: the phone page then
 * shows what a guest sees while scoring. Returns the session and the guest's cookies.
 */
export async function admitLiveGuest(
  baseUrl: string,
  databaseUrl: string,
): Promise<{ sessionId: string; cookies: { name: string; value: string }[] }> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  const { rows } = await client
    .query<{ id: string; agendaItemId: string }>(
      `SELECT s.id, a.id AS "agendaItemId" FROM "FocusGroupSession" s
       JOIN "User" u ON u.id = s."facilitatorId"
       JOIN "AgendaItem" a ON a."sessionId" = s.id
       WHERE s.status = 'OPEN' AND u.email = 'facilitator@wisefocus.example'
       ORDER BY s."startsAt" DESC, a.position LIMIT 1`,
    )
    .finally(() => client.end());
  const sessionId = rows[0]?.id;
  const agendaItemId = rows[0]?.agendaItemId;
  if (!sessionId) throw new Error("The demo data has no open session to run live");

  const facilitator = new Device(baseUrl, TIMEOUT_MS);
  await signIn(facilitator, "facilitator@wisefocus.example", "wise-facilitator-demo");
  const started = await controlRoom(facilitator, sessionId, { action: "start" });
  const guest = new Device(baseUrl, TIMEOUT_MS);
  const joined = await guest.postJson("/api/live/join", {
    code: started.joinCode,
    displayName: "Phone",
  });
  if (joined.status !== 201) throw new Error(`joining the room answered ${joined.status}`);
  await controlRoom(facilitator, sessionId, { action: "admitAll" });
  await controlRoom(facilitator, sessionId, { action: "present", agendaItemId });
  await controlRoom(facilitator, sessionId, { action: "openScoring" });
  const cookies = guest
    .cookieHeader()
    .split("; ")
    .map((pair) => ({
      name: pair.slice(0, pair.indexOf("=")),
      value: pair.slice(pair.indexOf("=") + 1),
    }));
  return { sessionId, cookies };
}
