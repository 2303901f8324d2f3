import "server-only";
import { type ActionFailure, DomainError } from "@/lib/actions/result";
import { ForbiddenError } from "@/lib/auth/permissions";
import { serverEnv } from "@/lib/env";
import { Prisma as PrismaRuntime } from "@/lib/generated/prisma/client";
import { refuseUnsafeWrite } from "@/lib/http/same-origin";
import type { ErrorKey } from "@/lib/i18n/error-keys";
import { isUnstorableTextError } from "@/lib/validation/unstorable-text";

/** Live answers are about this moment in this room: no cache may keep them. */
const NO_STORE = { "Cache-Control": "no-store" };

export function liveJson(data: unknown, status = 200, headers: HeadersInit = {}): Response {
  return Response.json(data, { status, headers: { ...NO_STORE, ...headers } });
}

/** `{ error, field?, fieldErrors?, current? }` with the failure's status; keys of "Errors". */
export function liveFailure(failure: ActionFailure & { current?: unknown }): Response {
  const fields = Object.keys(failure.fieldErrors).filter((field) => field !== "form");
  return liveJson(
    {
      error: failure.message,
      ...(fields[0] ? { field: fields[0] } : {}),
      ...(fields.length > 0 ? { fieldErrors: failure.fieldErrors } : {}),
      ...("current" in failure ? { current: failure.current } : {}),
    },
    failure.status,
    // Join attempts are counted in windows of minutes: say when trying again makes sense.
    failure.status === 429 ? { "Retry-After": "60" } : {},
  );
}

export const liveError = (status: ActionFailure["status"] | 401 | 415 | 503, error: ErrorKey) =>
  liveJson({ error }, status, status === 503 ? { "Retry-After": "1" } : {});

/** Prisma's codes for "cannot reach / lost the database" (and pool exhaustion while it restarts). */
const PRISMA_UNAVAILABLE = new Set(["P1001", "P1002", "P1008", "P1017", "P2024", "P2037"]);
/** Socket errors the pg driver reports when the server is down or the connection dropped. */
const SOCKET_UNAVAILABLE = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "ETIMEDOUT",
  "EPIPE",
  "ENOTFOUND",
]);
/** SQLSTATE: admin/crash shutdown, cannot connect now (starting up), and class 08 connection. */
const SQLSTATE_UNAVAILABLE = /^(57P01|57P02|57P03|08...)$/;
const MESSAGE_UNAVAILABLE =
  /Connection terminated|has encountered a connection error and is not queryable|Can't reach database server|Server has closed the connection|the database system is (starting up|shutting down|in recovery mode)|timeout exceeded when trying to connect|Unable to start a transaction in the given time/i;

/**
 * Whether an error means PostgreSQL could not be reached (restarting, down, connection cut),
 * as opposed to a bug. @prisma/adapter-pg maps socket errors to DriverAdapterError kinds that
 * the client reports as P1001 (not reachable) / P1017 (connection closed) / P1008 (timeout);
 * other pg errors keep their SQLSTATE in `cause.originalCode` or `meta.driverAdapterError`;
 * "Connection terminated unexpectedly" from pg has no code at all, nor has a pooled client's
 * "encountered a connection error and is not queryable" (connection killed mid-transaction,
 * checked in tests/integration/live-unreachable.test.ts). So: look at codes and
 * messages down the error's `cause` / `meta` chain.
 */
export function isDatabaseUnavailable(error: unknown, depth = 0): boolean {
  if (!error || typeof error !== "object" || depth > 5) return false;
  const candidate = error as Record<string, unknown>;
  if (error instanceof PrismaRuntime.PrismaClientInitializationError) return true;
  for (const key of ["code", "originalCode", "errorCode", "kind"] as const) {
    const code = candidate[key];
    if (typeof code !== "string") continue;
    if (PRISMA_UNAVAILABLE.has(code) || SOCKET_UNAVAILABLE.has(code)) return true;
    if (SQLSTATE_UNAVAILABLE.test(code)) return true;
    if (["DatabaseNotReachable", "ConnectionClosed", "SocketTimeout"].includes(code)) return true;
  }
  const message = candidate.message ?? candidate.originalMessage;
  if (typeof message === "string" && MESSAGE_UNAVAILABLE.test(message)) return true;
  const meta = candidate.meta as Record<string, unknown> | undefined;
  return [candidate.cause, meta?.driverAdapterError, meta?.cause].some((inner) =>
    isDatabaseUnavailable(inner, depth + 1),
  );
}

/**
 * Runs a live route's work and turns the refusals it may throw into their JSON answers:
 * a domain refusal → its status and key, forbidden → 403, the database unreachable → 503
 * "tryAgain" with Retry-After (the phone keeps the change and retries). Anything else is a bug.
 */
export async function liveRoute(work: () => Promise<Response>): Promise<Response> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof DomainError) {
      return liveFailure({
        ok: false,
        status: error.status,
        message: error.messageKey,
        fieldErrors: error.field ? { [error.field]: [error.messageKey] } : {},
      });
    }
    if (error instanceof ForbiddenError) return liveError(403, "forbidden");
    if (isDatabaseUnavailable(error)) return liveError(503, "tryAgain");
    // A NUL byte in an id or a text (from a client bypassing the app) that reached PostgreSQL.
    if (isUnstorableTextError(error)) return liveError(400, "invalidInput");
    throw error;
  }
}

/**
 * The most a JSON write to a route handler may carry. The largest is a live score with its
 * comment (a few kilobytes); a bigger body is refused before it is read in full.
 */
export const JSON_WRITE_LIMIT_BYTES = 64 * 1024;

/** The body as text, or null once it passes `limit` bytes (declared or actually sent). */
async function readLimitedText(request: Request, limit: number): Promise<string | null> {
  const declared = request.headers.get("content-length");
  if (declared !== null && Number(declared) > limit) return null;
  if (!request.body) return "";
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  return new TextDecoder().decode(Buffer.concat(chunks));
}

/**
 * The body of a state-changing request, or the answer that refuses it before anything is read or
 * written: a cross-site or non-JSON request (403 / 415, see lib/http/same-origin.ts), a body over
 * JSON_WRITE_LIMIT_BYTES (413), or a body that is not JSON at all (400).
 */
export async function readJsonWrite(
  request: Request,
  publicOrigin: string | undefined = serverEnv().appUrl,
): Promise<{ ok: true; body: unknown } | { ok: false; response: Response }> {
  const refusal = refuseUnsafeWrite(request, publicOrigin);
  if (refusal) return { ok: false, response: liveError(refusal.status, refusal.error) };
  const text = await readLimitedText(request, JSON_WRITE_LIMIT_BYTES);
  if (text === null) return { ok: false, response: liveError(413, "requestTooLarge") };
  try {
    return { ok: true, body: JSON.parse(text) };
  } catch {
    return { ok: false, response: liveError(400, "invalidInput") };
  }
}
