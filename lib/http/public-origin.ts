import "server-only";
import { serverEnv } from "@/lib/env";

/**
 * The address links for other people are built from (invitations, share links, the live QR code):
 * APP_URL, never the request's Host or X-Forwarded-* headers, which a client or a misconfigured
 * proxy could point elsewhere. A production installation without APP_URL refuses to build links
 * rather than guess.
 */
export function publicOrigin(): string {
  const { appUrl } = serverEnv();
  if (!appUrl) {
    throw new Error(
      "APP_URL is not set. Production needs the app's public address (e.g. https://wise.example.org) for the links it builds.",
    );
  }
  return appUrl;
}
