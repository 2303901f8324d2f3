/**
 * Reading a browser's Content-Security-Policy violation report: the legacy `report-uri` body
 * (`{"csp-report": {...}}`, application/csp-report) or the Reporting API's list
 * (application/reports+json). Pure, so that what is logged can be tested.
 */
export type CspViolation = {
  documentUri: string;
  directive: string;
  blockedUri: string;
  sample: string;
};

const text = (value: unknown) => (typeof value === "string" ? value.slice(0, 300) : "");

export function parseCspReport(body: unknown): CspViolation[] {
  const entries = Array.isArray(body)
    ? body.map((report) => (report as { body?: unknown })?.body)
    : [(body as { "csp-report"?: unknown } | null)?.["csp-report"]];
  return entries
    .filter((entry): entry is Record<string, unknown> => typeof entry === "object" && !!entry)
    .map((entry) => ({
      documentUri: text(entry["document-uri"] ?? entry.documentURL),
      directive: text(
        entry["effective-directive"] ??
          entry.effectiveDirective ??
          entry["violated-directive"] ??
          "",
      ),
      blockedUri: text(entry["blocked-uri"] ?? entry.blockedURL),
      sample: text(entry["script-sample"] ?? entry.sample),
    }));
}

/** One log line per violation: enough to find the page and what was blocked. */
export function describeCspViolation(violation: CspViolation): string {
  const sample = violation.sample ? ` sample="${violation.sample}"` : "";
  return `[csp] blocked ${violation.directive} ${violation.blockedUri || "inline"} on ${violation.documentUri}${sample}`;
}
