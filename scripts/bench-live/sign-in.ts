import type { Device } from "./http";

/** argon2 is slow on purpose, and slower on a busy machine: sign-ins get their own patience. */
const SIGN_IN_TIMEOUT_MS = 60_000;

const SESSION_COOKIES = ["authjs.session-token", "__Secure-authjs.session-token"];

/**
 * Signs a facilitator in through next-auth's credentials flow over HTTP, as the sign-in form's
 * POST does: fetch a CSRF token (and its cookie), post it with the e-mail and password, keep
 * the session cookie. Not measured: argon2 is meant to be slow, and happens once per device.
 */
export async function signIn(device: Device, email: string, password: string): Promise<void> {
  const csrf = await device.fetch("/api/auth/csrf", { timeoutMs: SIGN_IN_TIMEOUT_MS });
  if (csrf.status !== 200) throw new Error(`GET /api/auth/csrf answered ${csrf.status}`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const callback = await device.fetch("/api/auth/callback/credentials", {
    method: "POST",
    timeoutMs: SIGN_IN_TIMEOUT_MS,
    headers: { "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ csrfToken, email, password, callbackUrl: device.baseUrl }),
  });
  await callback.arrayBuffer();
  if (!SESSION_COOKIES.some((name) => device.hasCookie(name))) {
    const where = callback.headers.get("location") ?? "";
    throw new Error(`Sign-in of ${email} failed (${callback.status} ${where})`);
  }
}
