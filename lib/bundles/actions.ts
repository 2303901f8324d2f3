"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { formValue } from "@/lib/actions/form-data";
import { type ActionResult, failure } from "@/lib/actions/result";
import { runAsCurrentUser } from "@/lib/actions/run-as-current-user";
import { type BundleImportResult, importBundle } from "./mutations";
import { bundleHeaderProblem } from "./rules";

/**
 * The largest bundle accepted: a session of 40 WISEs, 25 raters and the full grid is about
 * 2.5 MB. Server actions must accept at least this much (next.config.ts, bodySizeLimit).
 */
const MAX_BUNDLE_BYTES = 4_000_000;

export async function importBundleAction(
  _previous: ActionResult<BundleImportResult> | null,
  formData: FormData,
): Promise<ActionResult<BundleImportResult>> {
  const file = formValue(formData, "file");
  if (!(file instanceof File) || file.size === 0) return failure(400, "bundleFileMissing");
  if (file.size > MAX_BUNDLE_BYTES) return failure(413, "bundleFileTooLarge");
  let parsed: unknown;
  try {
    parsed = JSON.parse(await file.text());
  } catch {
    return failure(400, "bundleNotJson");
  }
  const headerProblem = bundleHeaderProblem(parsed);
  if (headerProblem) return failure(400, headerProblem);
  const result = await runAsCurrentUser(importBundle, parsed);
  if (!result.ok) return result;
  revalidatePath("/sessions", "layout");
  // The outcome travels in the address, so that a reload keeps it on screen.
  const { sessionId, outcome, changes, gridCreated } = result.data;
  const report = encodeURIComponent(JSON.stringify({ outcome, changes, gridCreated }));
  redirect(`/admin/import?session=${encodeURIComponent(sessionId)}&report=${report}`);
}
