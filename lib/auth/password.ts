import "server-only";
import { type ChildProcess, fork } from "node:child_process";
import { join } from "node:path";
import pLimit from "p-limit";

/**
 * argon2id with the library's defaults (OWASP's recommended parameters: 64 MiB and about a tenth
 * of a second of one core per hash). Hashing is therefore capped: at most HASHING_CONCURRENCY at
 * once, and no more than MAX_WAITING queued behind them, so that a burst of sign-ins (or of
 * invitation acceptances) costs a bounded amount of memory and time; past that a try is refused
 * as busy, to be tried again, instead of taking the server down.
 */
export const HASHING_CONCURRENCY = 4;
export const MAX_WAITING = 64;

const hashing = pLimit(HASHING_CONCURRENCY);

/** Thrown when the queue of hashes is full; callers answer "too many attempts, try again". */
export class PasswordHashingBusy extends Error {
  constructor() {
    super("Too many password hashes under way");
    this.name = "PasswordHashingBusy";
  }
}

function limited<T>(work: () => Promise<T>): Promise<T> {
  if (hashing.pendingCount >= MAX_WAITING) return Promise.reject(new PasswordHashingBusy());
  return hashing(work);
}

/**
 * argon2 runs in a child process at the lowest CPU priority (lib/auth/password-hasher.mjs): a
 * hash takes about 0.2 s of CPU on four threads, and a burst of sign-ins hashed in this process
 * took the cores from a live room's score saves (bench:abuse: ack p95 in seconds). At low
 * priority hashing uses what the app's requests leave; under load a sign-in waits longer instead.
 */
type HasherAnswer = { id: number; hash?: string; matches?: boolean; error?: string };
type Waiting = { resolve: (answer: HasherAnswer) => void; reject: (error: Error) => void };
const HASHER_PATH = "lib/auth/password-hasher.mjs";
let hasher: ChildProcess | null = null;
const waiting = new Map<number, Waiting>();
let nextId = 0;

function startHasher(): ChildProcess {
  // From the app's root (where `next start`, `next dev` and the tests run), not bundled: the
  // bundler is told not to look for it.
  const child = fork(/* turbopackIgnore: true */ join(process.cwd(), HASHER_PATH), [], {
    stdio: ["ignore", "inherit", "inherit", "ipc"],
    execArgv: [],
  });
  child.on("message", (answer: HasherAnswer) => {
    waiting.get(answer.id)?.resolve(answer);
    waiting.delete(answer.id);
    idleIfDone(child);
  });
  child.on("exit", () => {
    if (hasher === child) hasher = null;
    for (const { reject } of waiting.values()) reject(new Error("the password hasher stopped"));
    waiting.clear();
  });
  child.on("error", () => {});
  return child;
}

/** While nothing is being hashed, the hasher does not keep the app (or a test run) alive. */
function idleIfDone(child: ChildProcess): void {
  if (waiting.size > 0) return;
  child.unref();
  (child.channel as { unref?: () => void } | undefined)?.unref?.();
}

function askHasher(message: Record<string, string>): Promise<HasherAnswer> {
  hasher ??= startHasher();
  const child = hasher;
  child.ref();
  (child.channel as { ref?: () => void } | undefined)?.ref?.();
  const id = nextId++;
  return new Promise((resolve, reject) => {
    waiting.set(id, { resolve, reject });
    child.send({ id, ...message }, (error) => {
      if (!error) return;
      waiting.delete(id);
      idleIfDone(child);
      reject(error);
    });
  });
}

/** The hasher's process id while it runs (for tests and diagnostics). */
export function passwordHasherPid(): number | undefined {
  return hasher?.pid;
}

export function hashPassword(password: string): Promise<string> {
  return limited(async () => {
    const answer = await askHasher({ op: "hash", password });
    if (!answer.hash) throw new Error(`Hashing failed: ${answer.error ?? "no hash"}`);
    return answer.hash;
  });
}

export function verifyPassword(hash: string, password: string): Promise<boolean> {
  return limited(async () => {
    const answer = await askHasher({ op: "verify", hash, password });
    // A malformed hash must not become a 500 on the sign-in page: it simply does not match.
    return answer.matches === true;
  });
}

/** How many hashes are running and waiting now (for tests and diagnostics). */
export function hashingLoad(): { active: number; waiting: number } {
  return { active: hashing.activeCount, waiting: hashing.pendingCount };
}

/**
 * A hash of a random password, verified against when the account does not exist, so that a
 * wrong e-mail takes as long as a wrong password and the response time does not reveal accounts.
 */
let decoyHash: Promise<string> | undefined;
export function decoyPasswordHash(): Promise<string> {
  decoyHash ??= hashPassword(crypto.randomUUID()).catch((error: unknown) => {
    decoyHash = undefined;
    throw error;
  });
  return decoyHash;
}
