/**
 * The most a form post (a server action: the bundle upload, the WISE import) may send. Next
 * enforces its own `serverActions.bodySizeLimit` (next.config.ts, the same 4 MB) only while it
 * reads the body, and then answers 500 with an English developer message. The proxy checks the
 * declared length first and answers 413 in the reader's language instead, before anything is
 * read. A post that declares no length (chunked) is asked for one (411): every browser declares
 * it, so only a client bypassing the form can meet this.
 */
export const FORM_POST_LIMIT_BYTES = 4 * 1024 * 1024;
/** As next.config.ts writes it. */
export const FORM_POST_LIMIT = "4mb";

export type BodyRefusal =
  | { status: 413; error: "requestTooLarge" }
  | { status: 411; error: "lengthRequired" };

const WRITE_METHODS = new Set(["POST", "PUT", "PATCH"]);

/**
 * Whether a write to a page (a server action) must be refused for its size. Route handlers
 * (under /api/) read their own bodies and are left to them.
 */
export function refuseOversizeBody(
  method: string,
  pathname: string,
  headers: Headers,
): BodyRefusal | null {
  if (!WRITE_METHODS.has(method.toUpperCase()) || pathname.startsWith("/api/")) return null;
  const declared = headers.get("content-length");
  if (declared === null) {
    return headers.has("transfer-encoding") ? { status: 411, error: "lengthRequired" } : null;
  }
  const length = Number(declared);
  if (!Number.isFinite(length) || length < 0) return { status: 411, error: "lengthRequired" };
  return length > FORM_POST_LIMIT_BYTES ? { status: 413, error: "requestTooLarge" } : null;
}
