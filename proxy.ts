import { type NextRequest, NextResponse } from "next/server";

/**
 * Only an optimistic redirect for visitors without a session cookie. Whether a session is valid,
 * and what it may do, is checked in every page, action and route handler (lib/auth).
 */
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
];

export function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  if (PUBLIC_PREFIXES.some((prefix) => pathname.startsWith(prefix))) return NextResponse.next();
  const hasSession = SESSION_COOKIES.some((name) => request.cookies.has(name));
  if (hasSession) return NextResponse.next();
  const signIn = new URL("/sign-in", request.url);
  if (pathname !== "/") signIn.searchParams.set("callbackUrl", `${pathname}${search}`);
  return NextResponse.redirect(signIn);
}

export const config = {
  // The live API is public and busy (a room of phones answering every few seconds): skip the
  // proxy there, which would only wave each request through.
  matcher: [
    "/((?!_next/static|_next/image|favicon.ico|api/live/|.*\\.(?:svg|png|ico|webmanifest)$).*)",
  ],
};
