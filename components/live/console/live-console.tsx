"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { type ReactNode, useState } from "react";
import { buttonClasses } from "@/components/ui/button-classes";
import { ControlAlert } from "../control-alert";
import { RevealView } from "../reveal-view";
import { useFacilitatorLive } from "../use-facilitator-live";
import { useLiveControl } from "../use-live-control";
import { useReveal } from "../use-reveal";
import { AgendaControls, type LiveAgendaItem } from "./agenda-controls";
import { ParticipantsPanel } from "./participants-panel";
import { ProgressPanel } from "./progress-panel";
import { RevealControls } from "./reveal-controls";

type Props = {
  sessionId: string;
  agenda: LiveAgendaItem[];
  criterionCount: number;
  /** The join code and QR code, drawn on the server. */
  joinPanel: ReactNode;
};

/** The facilitator's console of a started live session, following the event stream. */
export function LiveConsole({ sessionId, agenda, criterionCount, joinPanel }: Props) {
  const t = useTranslations("LiveConsole");
  const tLive = useTranslations("Live");
  const { snapshot, status, applyState } = useFacilitatorLive(sessionId);
  const { send, busy, error } = useLiveControl(sessionId, applyState);
  const reveal = useReveal(sessionId, snapshot?.state);
  const [confirmEnd, setConfirmEnd] = useState(false);
  const state = snapshot?.state;

  return (
    <div className="space-y-6">
      <p role="status" className="min-h-6 text-sm text-slate-800">
        {status === "reconnecting"
          ? tLive("reconnecting")
          : status === "connecting"
            ? tLive("connecting")
            : ""}
      </p>
      {joinPanel}
      {snapshot && state && !state.ended && (
        <>
          <ParticipantsPanel
            participants={snapshot.participants}
            send={send}
            busy={busy}
            error={error}
          />
          <AgendaControls agenda={agenda} state={state} send={send} busy={busy} error={error} />
          {state.currentAgendaItemId &&
            state.phase !== "PRESENTING" &&
            state.phase !== "REVEALED" && (
              <ProgressPanel
                snapshot={snapshot}
                criterionCount={state.round === 2 ? state.roundCriterionIds.length : criterionCount}
              />
            )}
          {state.phase === "REVEALED" && reveal && (
            <>
              <section
                aria-labelledby="live-reveal"
                className="rounded-lg border border-slate-300 bg-white p-4"
              >
                <h2 id="live-reveal" className="mb-3 text-xl font-semibold">
                  {t("reveal")}
                </h2>
                <RevealView reveal={reveal} />
              </section>
              <RevealControls
                key={`${reveal.agendaItemId}-${reveal.round}`}
                reveal={reveal}
                send={send}
                busy={busy}
                error={error}
              />
            </>
          )}
          <section
            aria-labelledby="live-end"
            className="rounded-lg border border-red-300 bg-white p-4"
          >
            <h2 id="live-end" className="text-xl font-semibold">
              {t("endHeading")}
            </h2>
            {confirmEnd ? (
              <div className="mt-2 flex flex-wrap items-center gap-2">
                <span>{t("confirmEnd")}</span>
                <button
                  type="button"
                  className={buttonClasses("danger")}
                  disabled={busy !== null}
                  onClick={() => send("end", { action: "end" })}
                >
                  {t("confirmEndYes")}
                </button>
                <button
                  type="button"
                  className={buttonClasses("secondary")}
                  onClick={() => setConfirmEnd(false)}
                >
                  {t("cancel")}
                </button>
              </div>
            ) : (
              <button
                type="button"
                className={`${buttonClasses("danger")} mt-2`}
                onClick={() => setConfirmEnd(true)}
              >
                {t("end")}
              </button>
            )}
            <ControlAlert error={error} where="end" />
          </section>
        </>
      )}
      {state?.ended && (
        <p className="rounded-lg border border-slate-300 bg-white p-4">{t("ended")}</p>
      )}
    </div>
  );
}

/** Before the live part starts: one button; the page then reloads with the join code. */
export function StartLive({ sessionId }: { sessionId: string }) {
  const t = useTranslations("LiveConsole");
  const router = useRouter();
  const { send, busy, error } = useLiveControl(sessionId, () => router.refresh());
  return (
    <div className="rounded-lg border border-slate-300 bg-white p-4">
      <p className="mb-3">{t("notStarted")}</p>
      <button
        type="button"
        className={buttonClasses("primary")}
        disabled={busy !== null}
        onClick={() => send("start", { action: "start" })}
      >
        {t("start")}
      </button>
      <ControlAlert error={error} where="start" />
    </div>
  );
}
