"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { SubmitButton } from "@/components/ui/button";
import { TextAreaField } from "@/components/ui/field";
import { FormAlert } from "@/components/ui/form-alert";
import { useFormAction } from "@/components/ui/use-form-action";
import { saveNarrativeAction } from "@/lib/reports/actions";
import { MarkdownPreview } from "./markdown-preview";

/**
 * One chapter's text: a Markdown box with its preview beside it, as readers will see it. The
 * save names the version the writer started from; a newer one saved meanwhile is a conflict
 * (shown, with the writer's text kept in the box).
 */
export function NarrativeEditor({
  reportId,
  chapterKey,
  chapterTitle,
  body,
  version,
}: {
  reportId: string;
  chapterKey: string;
  chapterTitle: string;
  body: string;
  version: number;
}) {
  const t = useTranslations("Reports.editor");
  const [text, setText] = useState(body);
  const { state, pending, formProps } = useFormAction(saveNarrativeAction);
  const savedVersion = state?.ok ? state.data.version : version;
  const errors = state && !state.ok ? state.fieldErrors : {};
  const id = `narrative-${chapterKey}`;
  return (
    <form {...formProps} className="grid gap-4 md:grid-cols-2">
      <div>
        <FormAlert state={state} savedMessage={t("saved")} />
        <input type="hidden" name="reportId" value={reportId} />
        <input type="hidden" name="chapterKey" value={chapterKey} />
        <input type="hidden" name="version" value={savedVersion} />
        <TextAreaField
          id={id}
          name="body"
          label={t("label", { chapter: chapterTitle })}
          hint={t("hint")}
          rows={10}
          value={text}
          onChange={(event) => setText(event.target.value)}
          errors={errors.body}
        />
        <SubmitButton variant="secondary" pending={pending} pendingLabel={t("saving")}>
          {t("save")}
        </SubmitButton>
      </div>
      <section
        aria-label={t("preview", { chapter: chapterTitle })}
        className="rounded-md border border-slate-300 bg-white p-3"
      >
        {text.trim() ? (
          <MarkdownPreview markdown={text} />
        ) : (
          <p className="text-slate-600">{t("empty")}</p>
        )}
      </section>
    </form>
  );
}
