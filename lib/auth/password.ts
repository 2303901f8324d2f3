import "server-only";
import argon2 from "argon2";

/** argon2id with the library's defaults (OWASP's recommended parameters). */
export function hashPassword(password: string): Promise<string> {
  return argon2.hash(password, { type: argon2.argon2id });
}

export async function verifyPassword(hash: string, password: string): Promise<boolean> {
  try {
    return await argon2.verify(hash, password);
  } catch {
    // A malformed hash must not become a 500 on the sign-in page: it simply does not match.
    return false;
  }
}

/**
 * A hash of a random password, verified against when the account does not exist, so that a
 * wrong e-mail takes as long as a wrong password and the response time does not reveal accounts.
 */
let decoyHash: Promise<string> | undefined;
export function decoyPasswordHash(): Promise<string> {
  decoyHash ??= hashPassword(crypto.randomUUID());
  return decoyHash;
}
