"use client";

import { useTranslations } from "next-intl";
import { errorText } from "@/components/ui/error-text";
import type { SaveStatus } from "@/lib/skills/answers/client/answer-queue-machine";

/**
 * Whether the answers given are on the server, on their way, or waiting on this device for the
 * connection to come back. Sticks to the top, so it stays in view on a phone.
 */
export function SaveStatusLine({ status }: { status: SaveStatus }) {
  const t = useTranslations("SurveyAnswer");
  const tErrors = useTranslations("Errors");
  const [tone, text] = (() => {
    switch (status.kind) {
      case "idle":
        return ["text-slate-800 border-slate-300 bg-white", t("statusIdle")];
      case "saved":
        return ["text-teal-900 border-teal-700 bg-teal-50", `✓ ${t("statusSaved")}`];
      case "pending":
        return [
          "text-slate-900 border-slate-400 bg-white",
          t("statusPending", { count: status.count }),
        ];
      case "offline":
        return [
          "text-amber-950 border-amber-700 bg-amber-50",
          t("statusOffline", { count: status.count }),
        ];
      case "stopped":
        return [
          "text-red-900 border-red-700 bg-red-50",
          t("statusStopped", {
            count: status.count,
            reason: errorText(tErrors, status.error, "unexpected"),
          }),
        ];
    }
  })();
  return (
    <p
      role="status"
      data-testid="save-status"
      data-status={status.kind}
      className={`sticky top-0 z-10 mb-4 rounded-md border-2 p-2 text-sm font-semibold ${tone}`}
    >
      {text}
    </p>
  );
}
