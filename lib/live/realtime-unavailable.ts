import { Prisma } from "@/lib/generated/prisma/client";

/**
 * STAND-IN until the server helper's lib/live/respond.ts exports isDatabaseUnavailable.
 *
 * Whether an error means PostgreSQL could not be reached (down, restarting, connections cut),
 * so that the caller answers "try again" rather than failing. Prisma reports most of these with
 * its own codes; pg's own errors pass through Prisma's adapter unchanged when a connection dies
 * in the middle of a transaction ("Connection terminated unexpectedly", "... not queryable").
 */
const PRISMA_UNAVAILABLE = new Set(["P1001", "P1002", "P1008", "P1017", "P2024"]);
/** SQLSTATE classes 08 (connection exception) and 57P (operator intervention: shutdown, restart). */
const SQLSTATE_UNAVAILABLE = /^(08|57P0[1-3])/;
const NODE_UNAVAILABLE = new Set(["ECONNREFUSED", "ECONNRESET", "EPIPE", "ETIMEDOUT", "ENOTFOUND"]);
const PG_CONNECTION_MESSAGES =
  /Connection terminated|connection error and is not queryable|Client was closed and is not queryable|timeout exceeded when trying to connect/i;

export function isDatabaseUnavailable(error: unknown): boolean {
  for (let current = error, depth = 0; current && depth < 5; depth++) {
    if (typeof current !== "object") return false;
    const { code, message, cause } = current as {
      code?: unknown;
      message?: unknown;
      cause?: unknown;
    };
    if (
      current instanceof Prisma.PrismaClientKnownRequestError &&
      PRISMA_UNAVAILABLE.has(current.code)
    )
      return true;
    if (current instanceof Prisma.PrismaClientInitializationError) return true;
    if (typeof code === "string" && (NODE_UNAVAILABLE.has(code) || SQLSTATE_UNAVAILABLE.test(code)))
      return true;
    if (typeof message === "string") {
      if (PG_CONNECTION_MESSAGES.test(message)) return true;
      // Prisma wraps a database error's SQLSTATE in its message (code P2039 and others).
      const sqlState = /Code: `(\w{5})`/.exec(message)?.[1];
      if (sqlState && SQLSTATE_UNAVAILABLE.test(sqlState)) return true;
    }
    current = cause;
  }
  return false;
}
