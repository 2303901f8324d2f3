/** Only same-site paths may be redirected to after sign-in, never another host. */
export function safeRedirectPath(candidate: unknown, fallback = "/"): string {
  if (typeof candidate !== "string") return fallback;
  if (!candidate.startsWith("/") || candidate.startsWith("//") || candidate.startsWith("/\\")) {
    return fallback;
  }
  if (candidate.startsWith("/sign-in")) return fallback;
  return candidate;
}
