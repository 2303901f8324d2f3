import type { Device } from "./http";

const SESSION_COOKIES = ["authjs.session-token", "__Secure-authjs.session-token"];

/**
 * Signs a facilitator in through next-auth's credentials flow over HTTP, as the sign-in form's
 * POST does: fetch a CSRF token (and its cookie), post it with the e-mail and password, keep
 * the session cookie. Not measured: argon2 is meant to be slow, and happens once per device.
 */
export async function signIn(device: Device, email: string, password: string): Promise<void> {
  const csrf = await device.fetch("/api/auth/csrf");
  if (csrf.status !== 200) throw new Error(`GET /api/auth/csrf answered ${csrf.status}`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const callback = await device.fetch("/api/auth/callback/credentials", {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ csrfToken, email, password, callbackUrl: device.baseUrl }),
  });
  await callback.arrayBuffer();
  if (!SESSION_COOKIES.some((name) => device.hasCookie(name))) {
    const where = callback.headers.get("location") ?? "";
    throw new Error(`Sign-in of ${email} failed (${callback.status} ${where})`);
  }
}
