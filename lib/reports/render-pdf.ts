import type { ReportSnapshot } from "./snapshot";

/** Placeholder until the renderer's version is merged. */
export async function renderReportPdf(_snapshot: ReportSnapshot): Promise<Buffer> {
  throw new Error("not yet");
}
