"use client";

import { useTranslations } from "next-intl";
import { buttonClasses } from "@/components/ui/button-classes";
import type { LiveState } from "@/lib/live/events";
import { ControlAlert } from "../control-alert";
import type { ControlError, LiveControlBody } from "../use-live-control";

export type LiveAgendaItem = { id: string; wiseName: string };

type Props = {
  agenda: LiveAgendaItem[];
  state: LiveState;
  send: (where: string, body: LiveControlBody) => Promise<boolean>;
  busy: string | null;
  error: ControlError;
};

/** The agenda with "Present" per WISE, and the next steps of the WISE on stage. */
export function AgendaControls({ agenda, state, send, busy, error }: Props) {
  const t = useTranslations("LiveConsole");
  const tLive = useTranslations("Live");
  const phase = state.phase;
  // Presenting another WISE would end this one's scoring under the raters' thumbs.
  const scoringOpen = phase === "SCORING_OPEN";
  const steps = [
    { action: "openScoring", show: phase === "PRESENTING" || phase === "SCORING_CLOSED" },
    { action: "closeScoring", show: phase === "SCORING_OPEN" },
    { action: "reveal", show: phase === "SCORING_OPEN" || phase === "SCORING_CLOSED" },
  ] as const;
  return (
    <section
      aria-labelledby="live-agenda"
      className="rounded-lg border border-slate-300 bg-white p-4"
    >
      <h2 id="live-agenda" className="text-xl font-semibold">
        {t("agenda")}
      </h2>
      {scoringOpen && (
        <p id="present-after-scoring" className="mt-1 text-sm text-slate-700">
          {t("presentAfterScoring")}
        </p>
      )}
      <ol className="mt-3 space-y-2">
        {agenda.map((item, index) => {
          const current = item.id === state.currentAgendaItemId;
          return (
            <li
              key={item.id}
              aria-current={current ? "step" : undefined}
              className={`rounded-md border p-2 ${current ? "border-2 border-teal-800 bg-teal-50" : "border-slate-300"}`}
            >
              <div className="flex flex-wrap items-center gap-3">
                <span className="font-medium">
                  {index + 1}. {item.wiseName}
                </span>
                {current && (
                  <span className="text-sm font-semibold text-teal-900">
                    {tLive(`phase.${phase}`)}
                    {state.round === 2 && ` · ${tLive("roundTwo")}`}
                  </span>
                )}
                {!current && (
                  <button
                    type="button"
                    className={`${buttonClasses("secondary")} ml-auto`}
                    disabled={busy !== null || scoringOpen}
                    aria-label={t("presentName", { wise: item.wiseName })}
                    aria-describedby={scoringOpen ? "present-after-scoring" : undefined}
                    onClick={() =>
                      send(`present-${item.id}`, { action: "present", agendaItemId: item.id })
                    }
                  >
                    {t("present")}
                  </button>
                )}
              </div>
              <ControlAlert error={error} where={`present-${item.id}`} />
            </li>
          );
        })}
      </ol>
      {state.currentAgendaItemId && (
        <div className="mt-4 flex flex-wrap gap-2">
          {steps
            .filter((step) => step.show)
            .map((step) => (
              <button
                key={step.action}
                type="button"
                className={buttonClasses(step.action === "reveal" ? "secondary" : "primary")}
                disabled={busy !== null}
                onClick={() => send("phase", { action: step.action })}
              >
                {t(step.action)}
              </button>
            ))}
        </div>
      )}
      <ControlAlert error={error} where="phase" />
    </section>
  );
}
