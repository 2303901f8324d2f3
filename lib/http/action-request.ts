/**
 * A server action is called by posting its arguments in React's reply encoding: JSON (the
 * whole body, or the form field "0" of a multipart body) in which a string starting with "$" is
 * a reference: "$K1" the form whose fields are named "1_…", "$undefined", "$D2026-…" a date, a
 * string that really starts with "$" escaped as "$$…". Next decodes that before any of our code
 * runs, and answers 500 to anything it cannot decode (bad JSON, a reference to a part that is
 * not there, nesting deep enough to overflow its recursion). The proxy refuses such a post first
 * (400) when this finds it malformed. What passes is what our own pages send: JSON arguments,
 * forms by "$K", the few scalar encodings, and "$0:…" paths (the client's way of repeating an
 * object) that lead somewhere inside the arguments.
 */

/** Our arguments are a form and a previous result a few levels deep; far past any of that. */
export const MAX_ACTION_NESTING = 64;
/** Next's own limit on the number of arguments; it answers 500 past it. */
const MAX_ACTION_ARGUMENTS = 1000;
/** Next's multipart parser (busboy) gives up on a part's headers beyond 16 kB. */
const MAX_PART_HEADER_BYTES = 16 * 1024;

const SCALAR_REFERENCE =
  /^\$(?:\$|undefined$|NaN$|Infinity$|-Infinity$|-0$|D|n-?\d{1,300}$|K[0-9a-f]{1,8}$)/;
const PATH_REFERENCE = /^\$0:(.+)$/;

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Whether "$0:a:b" names a value that exists inside the root arguments (own keys only). */
function pathExists(root: Json, path: string[]): boolean {
  let at: Json = root;
  for (const key of path) {
    if (at === null || typeof at !== "object" || !Object.hasOwn(at, key)) return false;
    at = (at as Record<string, Json>)[key] as Json;
  }
  return true;
}

function wellFormed(value: Json, root: Json, depth: number): boolean {
  if (depth > MAX_ACTION_NESTING) return false;
  if (typeof value === "string") {
    if (!value.startsWith("$")) return true;
    if (SCALAR_REFERENCE.test(value)) return true;
    const path = PATH_REFERENCE.exec(value)?.[1];
    return path !== undefined && pathExists(root, path.split(":"));
  }
  if (value === null || typeof value !== "object") return true;
  const children = Array.isArray(value) ? value : Object.values(value);
  return children.every((child) => wellFormed(child, root, depth + 1));
}

/** Whether the encoded arguments (the JSON text) are ones Next can decode into plain values. */
export function isWellFormedActionReply(text: string): boolean {
  let root: Json;
  try {
    root = JSON.parse(text) as Json;
  } catch {
    return false;
  }
  return Array.isArray(root) && root.length <= MAX_ACTION_ARGUMENTS && wellFormed(root, root, 0);
}

/** "Name: value" as busboy reads it: a token, then bytes that are no control characters. */
const HEADER_LINE = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+:[ \t]*[\t\x20-\x7e\x80-\xff]*$/;

/**
 * Whether every part's headers are ones Next's multipart parser accepts: it answers 500 to a
 * part whose headers exceed 16 kB or hold a control character (a field name with a NUL, say),
 * which the platform's own FormData parser lets through.
 */
export function multipartHeadersWellFormed(body: Buffer, boundary: string): boolean {
  const delimiter = Buffer.from(`--${boundary}`);
  let at = body.indexOf(delimiter);
  while (at !== -1) {
    const after = at + delimiter.length;
    if (body[after] === 0x2d && body[after + 1] === 0x2d) return true;
    const start = after + 2;
    const end = body.indexOf("\r\n\r\n", start);
    if (end === -1 || end - start > MAX_PART_HEADER_BYTES) return false;
    const lines = body.subarray(start, end).toString("latin1").split("\r\n");
    // A line starting with a space or tab continues the one before it.
    if (
      !lines.every((line) => HEADER_LINE.test(line) || /^[ \t][\t\x20-\x7e\x80-\xff]*$/.test(line))
    )
      return false;
    at = body.indexOf(Buffer.from(`\r\n--${boundary}`), end);
    if (at !== -1) at += 2;
  }
  return false;
}

/**
 * Whether a request that names a server action (the `Next-Action` header) carries arguments
 * Next can decode. Reads a copy of the body; the action still gets the original.
 */
export async function isWellFormedActionRequest(request: Request): Promise<boolean> {
  const type = request.headers.get("content-type") ?? "";
  if (!type.toLowerCase().startsWith("multipart/form-data")) {
    return isWellFormedActionReply(await request.clone().text());
  }
  const boundary = /boundary=(?:"([^"]+)"|([^;\s]+))/i.exec(type);
  const body = Buffer.from(await request.clone().arrayBuffer());
  if (!boundary || !multipartHeadersWellFormed(body, boundary[1] ?? boundary[2] ?? ""))
    return false;
  let form: FormData;
  try {
    form = await new Response(body, { headers: { "content-type": type } }).formData();
  } catch {
    return false;
  }
  const root = form.get("0");
  return typeof root === "string" && isWellFormedActionReply(root);
}
