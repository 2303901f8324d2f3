/**
 * Where to go after signing in: only a path of this site, decided by parsing, never by looking at
 * the first characters. Browsers strip tabs and newlines from URLs and read a backslash as a
 * slash, so "/\tevil.example" or "/\\evil.example" would leave the site; a percent-encoded
 * variant ("/%2F%2Fevil.example") is decoded by some servers on the way. All are refused.
 */
const PLACEHOLDER_ORIGIN = "http://wise-focus.invalid";

export function safeRedirectPath(candidate: unknown, fallback = "/"): string {
  if (typeof candidate !== "string" || candidate.length > 2000) return fallback;
  // Control characters (tabs, newlines) and backslashes have no place in our own paths.
  // biome-ignore lint/suspicious/noControlCharactersInRegex: refusing control characters is the point
  if (/[\u0000-\u001f\u007f\\]/.test(candidate)) return fallback;
  let decoded: string;
  try {
    decoded = decodeURIComponent(candidate);
  } catch {
    return fallback;
  }
  // biome-ignore lint/suspicious/noControlCharactersInRegex: as above, after decoding
  if (/[\u0000-\u001f\u007f\\]/.test(decoded) || decoded.startsWith("//")) return fallback;
  if (!candidate.startsWith("/") || candidate.startsWith("//")) return fallback;
  let url: URL;
  try {
    url = new URL(candidate, PLACEHOLDER_ORIGIN);
  } catch {
    return fallback;
  }
  if (url.origin !== PLACEHOLDER_ORIGIN) return fallback;
  if (url.pathname === "/sign-in" || url.pathname.startsWith("/sign-in/")) return fallback;
  return `${url.pathname}${url.search}${url.hash}`;
}
