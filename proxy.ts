import { type NextRequest, NextResponse } from "next/server";
import { refuseOversizeBody } from "@/lib/http/body-limit";
import { CSP_REPORT_PATH, contentSecurityPolicy, createNonce } from "@/lib/http/security-headers";
import { isLocale, LOCALE_COOKIE, negotiateLocale } from "@/lib/i18n/locales";
import enCommon from "@/lib/i18n/messages/en/common.json";
import roCommon from "@/lib/i18n/messages/ro/common.json";

const BODY_REFUSALS = { en: enCommon.Errors, ro: roCommon.Errors };

/**
 * A form post larger than the limit, refused before its body is read, in the reader's language
 * (lib/http/body-limit.ts): Next would read it and answer 500 with a developer's message.
 */
function refusedBody(request: NextRequest): NextResponse | null {
  const refusal = refuseOversizeBody(request.method, request.nextUrl.pathname, request.headers);
  if (!refusal) return null;
  const chosen = request.cookies.get(LOCALE_COOKIE)?.value;
  const locale = isLocale(chosen)
    ? chosen
    : negotiateLocale(request.headers.get("accept-language"));
  return new NextResponse(BODY_REFUSALS[locale][refusal.error], {
    status: refusal.status,
    // The rest of the body is not wanted: the connection ends with this answer.
    headers: { "Content-Type": "text/plain; charset=utf-8", Connection: "close" },
  });
}

const SESSION_COOKIES = ["authjs.session-token", "__Secure-authjs.session-token"];
// Live guests join and score without an account (their own cookie is checked by lib/live).
const PUBLIC_PREFIXES = [
  "/sign-in",
  "/invite/",
  "/api/auth",
  "/s/",
  "/join",
  "/live/",
  "/api/live/",
  // Staff answer the skills survey without an account (their resume cookie is checked by
  // lib/skills/answers); "/survey/" and not "/survey", which would also open "/surveys".
  "/survey/",
  "/api/survey/",
  CSP_REPORT_PATH,
];
const PUBLIC_PATHS = ["/survey"];

/**
 * Three jobs, none of them authorisation: refuse a form post over the size limit, give each page
 * a Content-Security-Policy with a fresh nonce (Next reads it from the request and puts it on its
 * own scripts), and send visitors without a session cookie to the sign-in page. Whether a session
 * is valid, and what it may do, is checked in every page, action and route handler (lib/auth).
 */
export function proxy(request: NextRequest) {
  const refused = refusedBody(request);
  if (refused) return refused;
  const policy = contentSecurityPolicy({
    nonce: createNonce(),
    development: process.env.NODE_ENV === "development",
  });
  const withPolicy = (response: NextResponse) => {
    response.headers.set("Content-Security-Policy", policy);
    return response;
  };

  const { pathname, search } = request.nextUrl;
  const hasSession = SESSION_COOKIES.some((name) => request.cookies.has(name));
  const isPublic =
    PUBLIC_PATHS.includes(pathname) ||
    PUBLIC_PREFIXES.some((prefix) => pathname.startsWith(prefix));
  if (!hasSession && !isPublic) {
    const signIn = new URL("/sign-in", request.url);
    if (pathname !== "/") signIn.searchParams.set("callbackUrl", `${pathname}${search}`);
    return withPolicy(NextResponse.redirect(signIn));
  }
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("Content-Security-Policy", policy);
  return withPolicy(NextResponse.next({ request: { headers: requestHeaders } }));
}

export const config = {
  // The live API is public and busy (a room of phones answering every few seconds): skip the
  // proxy there, which would only wave each request through; next.config.ts gives it, and the
  // static files, their headers.
  matcher: [
    "/((?!_next/static|_next/image|favicon.ico|api/live/|.*\\.(?:svg|png|ico|webmanifest)$).*)",
  ],
};
