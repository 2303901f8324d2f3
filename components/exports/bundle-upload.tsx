"use client";

import { useTranslations } from "next-intl";
import { useActionState, useState } from "react";
import { SubmitButton } from "@/components/ui/button";
import { errorText } from "@/components/ui/error-text";
import { TextField } from "@/components/ui/field";
import { importBundleAction } from "@/lib/bundles/actions";

/** Mirrors MAX_BUNDLE_BYTES in lib/bundles/actions.ts: a file too large is not even sent. */
const MAX_BYTES = 4_000_000;
const SHOWN_PROBLEMS = 50;

/** "scores.3.level" as `scores[3].level`, the way a JSON path is usually written. */
function readablePath(path: string): string {
  return path.replace(/\.(\d+)(?=\.|$)/g, "[$1]");
}

export type BundleUploadLabels = {
  file: string;
  fileHint: string;
  submit: string;
  submitting: string;
  problems: string;
  moreProblems: string;
};

/**
 * Choose a bundle and import it. A refused file lists its problems where they are in the file;
 * a successful import leads back to the page, which says what was imported.
 */
export function BundleUpload({ labels }: { labels: BundleUploadLabels }) {
  const t = useTranslations("Errors");
  const [state, action, pending] = useActionState(importBundleAction, null);
  const [tooLarge, setTooLarge] = useState(false);
  const failed = state && !state.ok && !pending ? state : null;
  const problems = failed ? Object.entries(failed.fieldErrors) : [];
  const fileErrors = tooLarge
    ? ["bundleFileTooLarge"]
    : failed && problems.length === 0
      ? [failed.message]
      : [];
  return (
    <>
      <form
        action={action}
        onSubmit={(event) => {
          if (tooLarge) event.preventDefault();
        }}
        className="mb-6 max-w-xl rounded-lg border border-slate-300 bg-white p-4"
      >
        <TextField
          name="file"
          type="file"
          label={labels.file}
          hint={labels.fileHint}
          accept=".json,application/json"
          required
          onChange={(event) => setTooLarge((event.currentTarget.files?.[0]?.size ?? 0) > MAX_BYTES)}
          errors={fileErrors}
        />
        <SubmitButton pendingLabel={labels.submitting}>{labels.submit}</SubmitButton>
      </form>
      {problems.length > 0 && (
        <div
          role="alert"
          className="mb-6 max-w-3xl rounded-md border border-red-700 bg-red-50 p-3 text-red-800"
        >
          <p className="font-medium">{labels.problems}</p>
          <ul className="mt-2 list-inside list-disc">
            {problems.slice(0, SHOWN_PROBLEMS).map(([path, keys]) => (
              <li key={path}>
                <code>{readablePath(path)}</code>: {keys.map((key) => errorText(t, key)).join(" ")}
              </li>
            ))}
          </ul>
          {problems.length > SHOWN_PROBLEMS && <p className="mt-2">{labels.moreProblems}</p>}
        </div>
      )}
    </>
  );
}
