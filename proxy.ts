import { type NextRequest, NextResponse } from "next/server";
import { isWellFormedActionRequest } from "@/lib/http/action-request";
import { refuseOversizeBody } from "@/lib/http/body-limit";
import { isMalformedUrl } from "@/lib/http/malformed-url";
import { CSP_REPORT_PATH, contentSecurityPolicy, createNonce } from "@/lib/http/security-headers";
import { isLocale, LOCALE_COOKIE, negotiateLocale } from "@/lib/i18n/locales";
import { loadMessages } from "@/lib/i18n/messages";

type RefusalKey =
  | "requestTooLarge"
  | "attachmentPostTooLarge"
  | "lengthRequired"
  | "requestMalformed"
  | "jsonRequired";

/** A refusal in the reader's language, as plain text: no page is rendered for it. */
async function refuse(
  request: NextRequest,
  status: number,
  error: RefusalKey,
): Promise<NextResponse> {
  const chosen = request.cookies.get(LOCALE_COOKIE)?.value;
  const locale = isLocale(chosen)
    ? chosen
    : negotiateLocale(request.headers.get("accept-language"));
  // These messages have no arguments: compiled or not, each is its text.
  return new NextResponse(String((await loadMessages(locale)).Errors[error]), {
    status,
    // The rest of the body is not wanted: the connection ends with this answer.
    headers: { "Content-Type": "text/plain; charset=utf-8", Connection: "close" },
  });
}

/**
 * A request refused before Next reads it: a form post larger than the limit (Next would read it
 * and answer 500 with a developer's message, lib/http/body-limit.ts), an address no page or
 * handler can take (lib/http/malformed-url.ts), a server action post whose arguments Next cannot
 * decode (lib/http/action-request.ts). Next answers each of these with a 500.
 */
async function refusedRequest(request: NextRequest): Promise<NextResponse | null> {
  const refusal = refuseOversizeBody(request.method, request.nextUrl.pathname, request.headers);
  if (refusal) return refuse(request, refusal.status, refusal.error);
  const { pathname, search } = new URL(request.url);
  if (isMalformedUrl(pathname, search)) return refuse(request, 400, "requestMalformed");
  if (
    request.method === "POST" &&
    request.headers.has("next-action") &&
    !(await isWellFormedActionRequest(request))
  ) {
    return refuse(request, 400, "requestMalformed");
  }
  return null;
}

function isFormPost(request: NextRequest): boolean {
  const type = request.headers.get("content-type")?.toLowerCase() ?? "";
  return (
    type.startsWith("multipart/form-data") || type.startsWith("application/x-www-form-urlencoded")
  );
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
  // Published good practices (lib/good-practices: only published items, no names).
  "/practices/",
  CSP_REPORT_PATH,
];
const PUBLIC_PATHS = ["/survey", "/practices"];

/**
 * Three jobs, none of them authorisation: refuse a request Next would answer with a 500 (a form
 * post over the size limit, a malformed address or server action post), give each page
 * a Content-Security-Policy with a fresh nonce (Next reads it from the request and puts it on its
 * own scripts), and send visitors without a session cookie to the sign-in page. Whether a session
 * is valid, and what it may do, is checked in every page, action and route handler (lib/auth).
 */
export async function proxy(request: NextRequest) {
  const refused = await refusedRequest(request);
  if (refused) return refused;
  // The live API comes through here only to be checked (see the matcher).
  if (request.nextUrl.pathname.startsWith("/api/live/")) {
    // It takes JSON only (its handlers answer 415 otherwise); a form post to an address it does
    // not have would reach Next's form parser, which answers 500 to a malformed one.
    return isFormPost(request) ? refuse(request, 415, "jsonRequired") : NextResponse.next();
  }
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
    // Except a live address with percent-encoding, which no phone sends: it may be malformed.
    "/api/live/(.*%.*)",
    // And a form post to the live API, which no phone sends either (see isFormPost).
    {
      source: "/api/live/:path*",
      has: [
        {
          type: "header",
          key: "content-type",
          value: "(?:multipart/form-data|application/x-www-form-urlencoded).*",
        },
      ],
    },
  ],
};
