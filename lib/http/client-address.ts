/**
 * The address of the client that sent a request, for throttling. For now the first
 * `X-Forwarded-For` entry, or "unknown"; every caller goes through here so that one change
 * decides which proxies are trusted.
 */
export function clientAddress(headers: Headers): string {
  const first = headers.get("x-forwarded-for")?.split(",")[0]?.trim();
  return first ? first : "unknown";
}
