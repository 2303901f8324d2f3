/**
 * Whether a request's address cannot name anything of ours: a path whose percent-encoding is
 * not UTF-8 (Next fails to decode it and answers 500), or a NUL byte anywhere in the path or
 * query (PostgreSQL refuses it in any text, so an id or filter carrying one would end as a 500
 * wherever it reached the database). The proxy answers 400 before any page or handler runs.
 */
export function isMalformedUrl(pathname: string, search: string): boolean {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return true;
  }
  return decoded.includes("\u0000") || /%00/i.test(search) || search.includes("\u0000");
}
