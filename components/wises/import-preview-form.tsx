"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { SubmitButton } from "@/components/ui/button";
import { buttonClasses } from "@/components/ui/button-classes";
import { FormAlert } from "@/components/ui/form-alert";
import { useFormAction } from "@/components/ui/use-form-action";
import { importWisesAction } from "@/lib/wises/actions";
import type { ImportPreview } from "@/lib/wises/import-preview";
import { problemsByLine } from "@/lib/wises/import-problems";
import { ImportPreviewTable, type PreviewRow } from "./import-preview-table";

/**
 * Step 2: the checked rows, to tick or untick, then one all-or-nothing import. The rows go back
 * to the server as they were read from the file, and are checked there again from scratch.
 */
export function ImportPreviewForm({
  preview,
  columnLabels,
}: {
  preview: ImportPreview;
  columnLabels: Record<string, string>;
}) {
  const t = useTranslations("WiseForm");
  const { state, pending, formProps } = useFormAction(importWisesAction);
  // Rendered with key={preview.id}: a new file starts again, every row ticked, no old verdicts.
  const [excluded, setExcluded] = useState<Set<number>>(new Set());

  if (state?.ok) {
    return (
      <div role="status" className="rounded-md border border-teal-700 bg-teal-50 p-4">
        <p className="mb-3 font-medium">{t("imported", { count: state.data.imported })}</p>
        <Link href="/wises" className={buttonClasses()}>
          {t("toRegistry")}
        </Link>
      </div>
    );
  }

  // After a refused import, the server's fresh verdict on each ticked row wins over the preview's.
  const serverProblems = state && !state.ok ? problemsByLine(state.fieldErrors) : new Map();
  const column = (field: string) =>
    preview.fields.indexOf(field as (typeof preview.fields)[number]);
  const rows: PreviewRow[] = preview.rows.map((row) => ({
    line: row.line,
    name: row.cells[column("name")] ?? "",
    country: row.cells[column("countryCode")] ?? "",
    problems: serverProblems.get(row.line) ?? row.problems,
  }));
  const ticked = rows.filter((row) => !excluded.has(row.line));
  const tickedWithProblems = ticked.filter((row) => row.problems.length > 0).length;
  const withProblems = rows.filter((row) => row.problems.length > 0);
  const payload = JSON.stringify({
    fileName: preview.fileName,
    fields: preview.fields,
    rows: preview.rows.map(({ line, cells }) => ({ line, cells })),
  });

  return (
    <section aria-labelledby="preview-heading">
      <h2 id="preview-heading" className="text-xl font-semibold">
        {t("previewHeading", { fileName: preview.fileName })}
      </h2>
      <p className="mb-2">
        {t("previewSummary", {
          total: rows.length,
          valid: rows.length - withProblems.length,
          invalid: withProblems.length,
        })}
      </p>
      {preview.ignoredColumns.length > 0 && (
        <p className="mb-2 text-slate-700">
          {t("ignoredColumns", { columns: preview.ignoredColumns.join(", ") })}
        </p>
      )}
      <form {...formProps}>
        <FormAlert state={state} />
        <input type="hidden" name="payload" value={payload} />
        <div className="mb-3 flex flex-wrap gap-2">
          <button
            type="button"
            className={buttonClasses("secondary")}
            onClick={() => setExcluded(new Set(withProblems.map((row) => row.line)))}
          >
            {t("untickProblems")}
          </button>
          <button
            type="button"
            className={buttonClasses("secondary")}
            onClick={() => setExcluded(new Set())}
          >
            {t("tickAll")}
          </button>
        </div>
        <ImportPreviewTable
          rows={rows}
          excluded={excluded}
          columnLabels={columnLabels}
          onToggle={(line, include) =>
            setExcluded((previous) => {
              const next = new Set(previous);
              if (include) next.delete(line);
              else next.add(line);
              return next;
            })
          }
        />
        <p aria-live="polite" className="mb-3 font-medium text-red-800">
          {tickedWithProblems > 0 && t("blocked", { count: tickedWithProblems })}
        </p>
        <SubmitButton pending={pending} pendingLabel={t("importing")}>
          {t("importRows", { count: ticked.length })}
        </SubmitButton>
      </form>
    </section>
  );
}
