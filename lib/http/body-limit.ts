import { ATTACHMENT_POST_LIMIT_BYTES } from "../attachments/limits";

/**
 * The most a form post (a server action: the bundle upload, the WISE import) may send. Next
 * enforces its own `serverActions.bodySizeLimit` (next.config.ts, the same 4 MB) only while it
 * reads the body, and then answers 500 with an English developer message. The proxy checks the
 * declared length first and answers 413 in the reader's language instead, before anything is
 * read. A post that declares no length (chunked) is asked for one (411): every browser declares
 * it, so only a client bypassing the form can meet this.
 */
export const FORM_POST_LIMIT_BYTES = 4 * 1024 * 1024;
/**
 * The pages whose forms upload a case study's attachments (the study's page and its "Photos and
 * documents" page) may post up to ATTACHMENT_POST_LIMIT_BYTES (a 20 MB document and the form's
 * fields); every other page keeps FORM_POST_LIMIT_BYTES. Next's own limit (next.config.ts,
 * SERVER_ACTION_BODY_LIMIT) is the larger of the two, so the proxy is what holds other pages to
 * 4 MB, with a message in the reader's language.
 */
const ATTACHMENT_PAGES = /^\/case-studies\/[^/]+(?:\/attachments)?\/?$/;
/** As next.config.ts writes it: the largest post any page takes (the attachment upload). */
export const SERVER_ACTION_BODY_LIMIT =
  `${Math.ceil(ATTACHMENT_POST_LIMIT_BYTES / (1024 * 1024))}mb` as const;

export type BodyRefusal =
  | { status: 413; error: "requestTooLarge" | "attachmentPostTooLarge" }
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
  if (ATTACHMENT_PAGES.test(pathname)) {
    return length > ATTACHMENT_POST_LIMIT_BYTES
      ? { status: 413, error: "attachmentPostTooLarge" }
      : null;
  }
  return length > FORM_POST_LIMIT_BYTES ? { status: 413, error: "requestTooLarge" } : null;
}
