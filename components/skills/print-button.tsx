"use client";

import { buttonClasses } from "@/components/ui/button-classes";

/** Opens the browser's print dialog, where the sheet can also be saved as a PDF. */
export function PrintButton({ label }: { label: string }) {
  return (
    <button type="button" className={buttonClasses("primary")} onClick={() => window.print()}>
      {label}
    </button>
  );
}
