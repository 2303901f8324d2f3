import { randomInt } from "node:crypto";
import { JOIN_CODE_ALPHABET, JOIN_CODE_LENGTH } from "../../lib/live/join-code";
import { Device } from "./http";
import { postCredentials } from "./sign-in";

/** bench:abuse's attack: wrong join codes and wrong passwords from a few addresses at once. */
export type AttackPlan = {
  baseUrl: string;
  joins: number;
  signIns: number;
  /** Attackers' addresses (X-Forwarded-For through one trusted hop), taken in turn. */
  addresses: number;
  /** Every attempt is sent within this window, evenly spread (open loop, as an attacker would). */
  windowMs: number;
  /** E-mails to spray: the room's own facilitators (whose owners must still get in) and strangers. */
  targets: string[];
  /** Never sent as a wrong code. */
  realCode: string;
  requestTimeoutMs: number;
};

/** Outcomes by kind: "refused (429)", "wrong code (404)", "server error 500" … */
export type Tally = { sent: number; outcomes: Map<string, number>; sendingMs: number };
export type Tallies = { joins: Tally; signIns: Tally };

/** Attempts still unanswered this long after the window are counted as such, not waited for. */
const ANSWER_GRACE_MS = 15_000;

/** Past this many attempts under way, the next waits: the bench itself stays bounded. */
const MAX_IN_FLIGHT = 100;
const attackerAddress = (index: number) => `198.51.100.${index + 1}`;

const count = (tally: Tally, kind: string) =>
  tally.outcomes.set(kind, (tally.outcomes.get(kind) ?? 0) + 1);

function wrongCode(realCode: string): string {
  for (;;) {
    let code = "";
    for (let i = 0; i < JOIN_CODE_LENGTH; i++)
      code += JOIN_CODE_ALPHABET[randomInt(JOIN_CODE_ALPHABET.length)];
    if (code !== realCode) return code;
  }
}

const serverErrorOr = (status: number, otherwise: string) =>
  status >= 500 ? `server error ${status}` : otherwise;

async function joinAttempt(device: Device, realCode: string): Promise<string> {
  const { status } = await device.postJson("/api/live/join", {
    code: wrongCode(realCode),
    displayName: "Intruder",
  });
  if (status === 429) return "refused (429)";
  if (status === 404) return "wrong code (404)";
  return serverErrorOr(status, `other ${status}`);
}

/** The credentials flow as the room's sign-ins run it, with a wrong password. */
async function signInAttempt(device: Device, email: string): Promise<string> {
  const answer = await postCredentials(device, email, `wrong-${randomInt(1e9)}`);
  if (answer.step === "csrf") return serverErrorOr(answer.status, `csrf ${answer.status}`);
  // Auth.js answers a refused sign-in with a redirect to the form, the reason in `code`.
  const query = answer.location?.searchParams ?? new URLSearchParams();
  const code = query.get("code");
  if (answer.status === 429 || code === "throttled") return "refused (throttled)";
  if (code === "invalid") return "wrong password";
  // An exception in `authorize` is a 500 that Auth.js turns into a redirect to its error page.
  if (query.get("error") === "Configuration") return "server error (Auth.js error=Configuration)";
  return serverErrorOr(answer.status, `other ${answer.status} ${query.get("error") ?? ""}`.trim());
}

/** Sends `total` attempts evenly over the window, each from the next attacker address. */
async function flood(
  total: number,
  plan: AttackPlan,
  attempt: (device: Device, index: number) => Promise<string>,
): Promise<Tally> {
  const tally: Tally = { sent: 0, outcomes: new Map(), sendingMs: 0 };
  const started = performance.now();
  const running = new Set<Promise<void>>();
  for (let index = 0; index < total; index++) {
    const due = started + (index * plan.windowMs) / Math.max(1, total);
    const wait = due - performance.now();
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    while (running.size >= MAX_IN_FLIGHT) await Promise.race(running);
    const device = new Device(plan.baseUrl, plan.requestTimeoutMs, {
      "x-forwarded-for": attackerAddress(index % plan.addresses),
    });
    tally.sent += 1;
    const one: Promise<void> = attempt(device, index)
      .catch(() => "network error or timeout")
      .then((kind) => {
        if (!running.has(one)) return;
        count(tally, kind);
        running.delete(one);
      });
    running.add(one);
  }
  tally.sendingMs = performance.now() - started;
  // Every attempt has its own timeout; this bound only keeps a lost answer from hanging the run.
  let timer: NodeJS.Timeout | undefined;
  await Promise.race([
    Promise.all(running),
    new Promise((resolve) => {
      timer = setTimeout(resolve, plan.requestTimeoutMs + ANSWER_GRACE_MS);
    }),
  ]);
  clearTimeout(timer);
  if (running.size > 0) tally.outcomes.set("no answer by the end", running.size);
  running.clear();
  return tally;
}

/** The whole attack: joins and sign-ins side by side. Resolves when every answer is in. */
export async function runAttack(plan: AttackPlan): Promise<Tallies> {
  const [joins, signIns] = await Promise.all([
    flood(plan.joins, plan, (device) => joinAttempt(device, plan.realCode)),
    flood(plan.signIns, plan, (device, index) =>
      signInAttempt(device, plan.targets[index % plan.targets.length]),
    ),
  ]);
  return { joins, signIns };
}
