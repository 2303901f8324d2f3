"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import { SECTION_FIELDS, type SectionField, type Sections } from "@/lib/case-studies/rules";
import { unsavedSections } from "@/lib/case-studies/unsaved-sections";
import { leavesThePage } from "@/lib/client/leaving-click";

/** What the boxes of the sections form hold now. */
function typedSections(form: HTMLFormElement): Partial<Record<SectionField, string>> {
  const typed: Partial<Record<SectionField, string>> = {};
  for (const field of SECTION_FIELDS) {
    const box = form.elements.namedItem(field);
    if (box instanceof HTMLTextAreaElement) typed[field] = box.value;
  }
  return typed;
}

/**
 * Which sections of the form hold text that is not saved, and a guard against leaving the page
 * while any does. The boxes stay uncontrolled (useFormAction keeps a refused text in them);
 * the form calls `recheck` on every input, and the check runs again when the saved text changes
 * (a save refreshes the page with it).
 *
 * Two ways out are guarded:
 * - the tab is closed, reloaded or sent to another address: the browser's own "leave site?"
 *   question (beforeunload), whose words the browser chooses;
 * - a link of the app: Next.js moves between its pages without unloading the document, so
 *   beforeunload never fires and the App Router has no event to cancel a navigation. A click
 *   listener in the capture phase sees the click before next/link does and, unless the person
 *   confirms, stops it there. Links that save first (data-saves-first) are left to their own
 *   handler. The browser's back button within the app is not guarded: nothing can cancel it.
 */
export function useUnsavedSections(saved: Sections, leaveQuestion: string) {
  const formRef = useRef<HTMLFormElement>(null);
  const [unsaved, setUnsaved] = useState<readonly SectionField[]>([]);
  const recheck = useCallback(() => {
    const form = formRef.current;
    if (!form) return;
    const next = unsavedSections(saved, typedSections(form));
    setUnsaved((previous) => (previous.join() === next.join() ? previous : next));
  }, [saved]);
  useEffect(recheck, [recheck]);

  const anyUnsaved = unsaved.length > 0;
  useEffect(() => {
    if (!anyUnsaved) return;
    // Once the person has said "leave" to our question, the browser does not ask a second time.
    let leaving = false;
    const warn = (event: BeforeUnloadEvent) => {
      if (leaving) return;
      event.preventDefault();
      // Older browsers show the question only when returnValue is set.
      event.returnValue = "";
    };
    const guardLinks = (event: MouseEvent) => {
      const link = event.target instanceof Element ? event.target.closest("a[href]") : null;
      if (!(link instanceof HTMLAnchorElement) || link.hasAttribute("data-saves-first")) return;
      const target = {
        href: link.href,
        target: link.target,
        download: link.hasAttribute("download"),
      };
      if (!leavesThePage(event, target, window.location.href)) return;
      if (window.confirm(leaveQuestion)) {
        leaving = true;
        return;
      }
      event.preventDefault();
      event.stopPropagation();
    };
    const stillHere = () => {
      leaving = false;
    };
    window.addEventListener("beforeunload", warn);
    document.addEventListener("click", guardLinks, true);
    document.addEventListener("input", stillHere);
    return () => {
      window.removeEventListener("beforeunload", warn);
      document.removeEventListener("click", guardLinks, true);
      document.removeEventListener("input", stillHere);
    };
  }, [anyUnsaved, leaveQuestion]);

  return { formRef, unsaved, recheck };
}
