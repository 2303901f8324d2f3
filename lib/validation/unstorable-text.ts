/**
 * Whether an error is PostgreSQL refusing text it cannot store: a NUL byte ("invalid byte
 * sequence for encoding UTF8: 0x00", SQLSTATE 22021) or a character with no equivalent in the
 * database's encoding (22P05). Such text arrives only from a client bypassing the forms; it is
 * bad input (400), and the statement that met it wrote nothing. Looks down the error's `cause` /
 * `meta` chain, where @prisma/adapter-pg keeps the driver's code.
 */
const SQLSTATES = new Set(["22021", "22P05"]);
const MESSAGE = /invalid byte sequence for encoding|has no equivalent in encoding/i;

export function isUnstorableTextError(error: unknown, depth = 0): boolean {
  if (!error || typeof error !== "object" || depth > 5) return false;
  const candidate = error as Record<string, unknown>;
  for (const key of ["code", "originalCode"] as const) {
    const code = candidate[key];
    if (typeof code === "string" && SQLSTATES.has(code)) return true;
  }
  const message = candidate.message ?? candidate.originalMessage;
  if (typeof message === "string" && MESSAGE.test(message)) return true;
  const meta = candidate.meta as Record<string, unknown> | undefined;
  return [candidate.cause, meta?.driverAdapterError, meta?.cause].some((inner) =>
    isUnstorableTextError(inner, depth + 1),
  );
}
