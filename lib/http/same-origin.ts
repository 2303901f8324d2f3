/**
 * Route handlers that change state accept only same-origin JSON (issue 9, "HTTP"). A cross-site
 * page can make a browser post a form (urlencoded, multipart or text/plain) with the visitor's
 * cookies, but it cannot send JSON cross-origin without a CORS preflight we never answer. So:
 * the content type must be JSON, and where the browser says where the request came from
 * (Sec-Fetch-Site, Origin), it must be here. Clients that send neither (scripts, the benchmark)
 * carry no one's cookies by accident. Server actions have Next's own origin check.
 */
export type WriteRefusal =
  | { status: 403; error: "crossSiteRequest" }
  | { status: 415; error: "jsonRequired" };

export function refuseUnsafeWrite(
  request: Request,
  publicOrigin: string | undefined,
): WriteRefusal | null {
  const fetchSite = request.headers.get("sec-fetch-site");
  if (fetchSite && fetchSite !== "same-origin" && fetchSite !== "none") {
    return { status: 403, error: "crossSiteRequest" };
  }
  const origin = request.headers.get("origin");
  if (origin !== null) {
    const allowed = [new URL(request.url).origin, publicOrigin].filter(Boolean);
    if (!allowed.includes(origin)) return { status: 403, error: "crossSiteRequest" };
  }
  const mediaType = request.headers.get("content-type")?.split(";")[0]?.trim().toLowerCase();
  if (mediaType !== "application/json") return { status: 415, error: "jsonRequired" };
  return null;
}
