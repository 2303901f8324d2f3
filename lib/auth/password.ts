import "server-only";
import argon2 from "argon2";
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

export function hashPassword(password: string): Promise<string> {
  return limited(() => argon2.hash(password, { type: argon2.argon2id }));
}

export function verifyPassword(hash: string, password: string): Promise<boolean> {
  return limited(async () => {
    try {
      return await argon2.verify(hash, password);
    } catch {
      // A malformed hash must not become a 500 on the sign-in page: it simply does not match.
      return false;
    }
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
