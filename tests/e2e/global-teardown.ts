import { PROBE_MARKER, reportedViolations } from "./csp-violations";

/**
 * Fails the run when any page the journeys visited broke the Content-Security-Policy (an inline
 * script without the nonce, a resource from elsewhere): such a page works in a test browser only
 * by luck, and a user's browser would block it.
 */
export default function globalTeardown() {
  const violations = reportedViolations().filter(
    (violation) => !violation.sample.includes(PROBE_MARKER),
  );
  if (violations.length > 0) {
    const lines = violations.map(
      (v) => `  ${v.directive} blocked ${v.blockedUri || "inline"} on ${v.documentUri} ${v.sample}`,
    );
    throw new Error(`Content-Security-Policy violations during the run:\n${lines.join("\n")}`);
  }
}
