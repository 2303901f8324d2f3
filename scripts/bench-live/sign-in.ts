import type { Device } from "./http";

/** argon2 is slow on purpose, and slower on a busy machine: sign-ins get their own patience. */
const SIGN_IN_TIMEOUT_MS = 60_000;

const SESSION_COOKIES = ["authjs.session-token", "__Secure-authjs.session-token"];

/**
 * next-auth's credentials flow over HTTP, as the sign-in form's POST does: fetch a CSRF token
 * (and its cookie), post it with the e-mail and password. Answers the callback's status and
 * where it redirects (Auth.js says why a sign-in was refused in the redirect's `code`), or the
 * CSRF request's status when that failed. Shared by the room's sign-ins and bench:abuse's.
 */
export async function postCredentials(
  device: Device,
  email: string,
  password: string,
  timeoutMs?: number,
): Promise<{ step: "csrf" | "callback"; status: number; location: URL | null }> {
  const csrf = await device.fetch("/api/auth/csrf", { timeoutMs });
  if (csrf.status !== 200) return { step: "csrf", status: csrf.status, location: null };
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const callback = await device.fetch("/api/auth/callback/credentials", {
    method: "POST",
    timeoutMs,
    headers: { "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ csrfToken, email, password, callbackUrl: device.baseUrl }),
  });
  await callback.arrayBuffer();
  const location = callback.headers.get("location");
  return {
    step: "callback",
    status: callback.status,
    location: location === null ? null : new URL(location, device.baseUrl),
  };
}

/**
 * Signs a facilitator in through next-auth's credentials flow over HTTP, as the sign-in form's
 * POST does: fetch a CSRF token (and its cookie), post it with the e-mail and password, keep
 * the session cookie. Not measured: argon2 is meant to be slow, and happens once per device.
 */
export async function signIn(device: Device, email: string, password: string): Promise<void> {
  const answer = await postCredentials(device, email, password, SIGN_IN_TIMEOUT_MS);
  if (answer.step === "csrf") throw new Error(`GET /api/auth/csrf answered ${answer.status}`);
  if (!SESSION_COOKIES.some((name) => device.hasCookie(name))) {
    const where = answer.location?.href ?? "";
    throw new Error(`Sign-in of ${email} failed (${answer.status} ${where})`);
  }
}
