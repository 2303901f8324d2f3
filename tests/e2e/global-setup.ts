import { clearReportedViolations } from "./csp-violations";

/** A fresh run starts with no CSP violations on record. */
export default function globalSetup() {
  clearReportedViolations();
}
