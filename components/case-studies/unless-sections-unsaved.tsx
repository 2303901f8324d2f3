"use client";

import { useTranslations } from "next-intl";
import { type FormEvent, type ReactNode, useEffect, useRef, useState } from "react";
import { buttonClasses } from "@/components/ui/button-classes";
import { useSharedUnsavedSections } from "./unsaved-sections-context";

/**
 * Wraps a form that changes the study's status (submit for review, approve, ask for changes).
 * Such a change turns the sections read-only and is made on the saved text, so while the
 * sections form holds unsaved text the wrapped form does not submit: the words typed would be
 * lost. Instead it says why, next to its button, with a button that saves the sections (the
 * sections form's own save); once nothing is unsaved the message goes and the form submits.
 *
 * React runs the form's action only when the submit event was not prevented; this wrapper's
 * onSubmit sees the event (bubbling from the form) before that.
 */
export function UnlessSectionsUnsaved({ children }: { children: ReactNode }) {
  const t = useTranslations("CaseStudies.review");
  const { unsaved, form } = useSharedUnsavedSections();
  const [refused, setRefused] = useState(false);
  const saveRef = useRef<HTMLButtonElement>(null);
  const anyUnsaved = unsaved.length > 0;
  useEffect(() => {
    if (!anyUnsaved) setRefused(false);
  }, [anyUnsaved]);
  useEffect(() => {
    if (refused) saveRef.current?.focus();
  }, [refused]);

  const holdBack = (event: FormEvent) => {
    if (!anyUnsaved) return;
    event.preventDefault();
    setRefused(true);
  };
  const saveSections = () => {
    const sectionsForm = form?.current;
    if (!sectionsForm) return;
    sectionsForm.requestSubmit();
    // Where the save's outcome (saved, or why not) is told: the sections form.
    sectionsForm.querySelector<HTMLElement>(`[name="${unsaved[0]}"]`)?.focus();
  };
  return (
    <div onSubmit={holdBack}>
      {children}
      {refused && anyUnsaved && (
        <div
          role="alert"
          className="mt-2 max-w-xl rounded-md border border-amber-600 bg-amber-50 p-3 text-amber-900"
        >
          <p className="mb-2">{t("sectionsUnsaved")}</p>
          <button
            ref={saveRef}
            type="button"
            className={buttonClasses("secondary")}
            onClick={saveSections}
          >
            {t("saveSections")}
          </button>
        </div>
      )}
    </div>
  );
}
