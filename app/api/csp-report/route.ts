import { appendFile } from "node:fs/promises";
import { serverEnv } from "@/lib/env";
import { describeCspViolation, parseCspReport } from "@/lib/http/csp-report";

/** A report is a few hundred bytes; anything much larger is not one. */
const MAX_REPORT_BYTES = 16_384;

/**
 * `POST /api/csp-report`: browsers report what the Content-Security-Policy blocked. Each
 * violation is logged as one line (and, in end-to-end runs, appended to CSP_REPORT_FILE so that
 * the run fails on any). Writes nothing to the database; always answers 204.
 */
export async function POST(request: Request) {
  const body = await request.text();
  if (body.length > MAX_REPORT_BYTES) return new Response(null, { status: 413 });
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    return new Response(null, { status: 400 });
  }
  const violations = parseCspReport(parsed);
  for (const violation of violations) console.warn(describeCspViolation(violation));
  const file = serverEnv().cspReportFile;
  if (file && violations.length > 0) {
    await appendFile(file, violations.map((v) => `${JSON.stringify(v)}\n`).join(""));
  }
  return new Response(null, { status: 204 });
}
