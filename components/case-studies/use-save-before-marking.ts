"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { type MouseEvent, type RefObject, useEffect, useState } from "react";
import { errorText } from "@/components/ui/error-text";
import { saveCaseStudySectionsAction } from "@/lib/case-studies/actions";
import type { SectionField } from "@/lib/case-studies/rules";
import { isPlainClick } from "@/lib/client/leaving-click";

/** Why following a section's link stopped on the page: the save before it was refused. */
export type MarkRefusal = { field: SectionField; reason: string };

/**
 * Following "mark this section as a good practice" while the form has unsaved text: the form is
 * saved first (all of it: one study, one version, the same save as the form's button), and the
 * good-practice form opens only once the text is saved, so it starts from what was typed. A
 * refused save (someone saved since: 409; offline) keeps the person on the page, their text in
 * the boxes, and the reason next to the section. Saving an approved study sends it back to
 * draft: the form's warning is asked as a question first.
 *
 * The link stays a plain link: with nothing unsaved, or opened in a new tab, it goes on as is.
 */
export function useSaveBeforeMarking(
  formRef: RefObject<HTMLFormElement | null>,
  { anyUnsaved, reopenQuestion }: { anyUnsaved: boolean; reopenQuestion: string | null },
) {
  const router = useRouter();
  const t = useTranslations("CaseStudies.sections");
  const tErrors = useTranslations("Errors");
  const [saving, setSaving] = useState<SectionField | null>(null);
  const [refusal, setRefusal] = useState<MarkRefusal | null>(null);
  // Once everything is saved (by the form's button), an earlier refusal no longer holds.
  useEffect(() => {
    if (!anyUnsaved) setRefusal(null);
  }, [anyUnsaved]);

  const follow = async (event: MouseEvent<HTMLAnchorElement>, field: SectionField) => {
    if (!anyUnsaved || !isPlainClick(event)) return;
    event.preventDefault();
    const form = formRef.current;
    const href = event.currentTarget.getAttribute("href");
    if (saving || !form || !href) return;
    if (reopenQuestion && !window.confirm(reopenQuestion)) return;
    setRefusal(null);
    setSaving(field);
    const result = navigator.onLine
      ? await saveCaseStudySectionsAction(null, new FormData(form)).catch(() => null)
      : null;
    if (result?.ok) {
      router.push(href);
      return;
    }
    setSaving(null);
    setRefusal({
      field,
      reason: result ? errorText(tErrors, result.message, "unexpected") : t("saveFailedOffline"),
    });
  };

  return { follow, saving, refusal };
}
