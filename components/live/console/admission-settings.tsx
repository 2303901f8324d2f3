"use client";

import { useTranslations } from "next-intl";
import { useId, useState } from "react";
import { buttonClasses } from "@/components/ui/button-classes";
import type { LiveState } from "@/lib/live/events";
import { ControlAlert } from "../control-alert";
import type { ControlError, LiveControlBody } from "../use-live-control";

type Props = {
  state: LiveState;
  refusedJoins: number;
  send: (where: string, body: LiveControlBody) => Promise<boolean>;
  busy: string | null;
  error: ControlError;
};

/**
 * Who gets in: the most guests at once, whether "admit all" goes on once scoring opens, and how
 * many joins were refused (a number, so a flood of attempts never floods the list).
 */
export function AdmissionSettings({ state, refusedJoins, send, busy, error }: Props) {
  const t = useTranslations("LiveConsole");
  const capId = useId();
  const [cap, setCap] = useState(String(state.guestCap));
  return (
    <div className="mt-3 space-y-2 border-t border-slate-200 pt-3">
      <form
        className="flex flex-wrap items-end gap-2"
        onSubmit={(event) => {
          event.preventDefault();
          send("guestCap", { action: "configure", guestCap: Number(cap) });
        }}
      >
        <label htmlFor={capId} className="font-medium">
          {t("guestCap")}
        </label>
        <input
          id={capId}
          type="number"
          inputMode="numeric"
          min={1}
          max={500}
          value={cap}
          onChange={(event) => setCap(event.target.value)}
          className="w-24 rounded border border-slate-400 px-2 py-1"
        />
        <button type="submit" className={buttonClasses("secondary")} disabled={busy !== null}>
          {t("saveGuestCap")}
        </button>
      </form>
      <ControlAlert error={error} where="guestCap" />
      <label className="flex items-center gap-2">
        <input
          type="checkbox"
          checked={state.admitDuringScoring}
          disabled={busy !== null}
          onChange={(event) =>
            send("admitDuringScoring", {
              action: "configure",
              admitDuringScoring: event.target.checked,
            })
          }
        />
        {t("admitDuringScoring")}
      </label>
      {state.admitAll && !state.admitDuringScoring && (
        <p className="text-sm text-slate-800">{t("admitAllStopsAtScoring")}</p>
      )}
      <ControlAlert error={error} where="admitDuringScoring" />
      <p role="status" className="text-sm text-slate-800" data-testid="refused-joins">
        {t("refusedJoins", { count: refusedJoins })}
      </p>
    </div>
  );
}
