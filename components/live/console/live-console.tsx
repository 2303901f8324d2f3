"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { buttonClasses } from "@/components/ui/button-classes";
import { ControlAlert } from "../control-alert";
import { JoinPanel } from "../join-panel";
import { RevealView } from "../reveal-view";
import { useFacilitatorLive } from "../use-facilitator-live";
import { useLiveControl } from "../use-live-control";
import { useReveal } from "../use-reveal";
import { AdmissionSettings } from "./admission-settings";
import { AgendaControls, type LiveAgendaItem } from "./agenda-controls";
import { ParticipantsPanel } from "./participants-panel";
import { ProgressPanel } from "./progress-panel";
import { RevealControls } from "./reveal-controls";

type Props = {
  sessionId: string;
  agenda: LiveAgendaItem[];
  criterionCount: number;
  origin: string;
};

/**
 * The facilitator's console, following the event stream: a Start button until the live part
 * runs (the stream's snapshot has no running state, or the stream is refused), then the room.
 */
export function LiveConsole({ sessionId, agenda, criterionCount, origin }: Props) {
  const t = useTranslations("LiveConsole");
  const tLive = useTranslations("Live");
  const { snapshot, status, applyState, reconnect } = useFacilitatorLive(sessionId);
  const { send, busy, error } = useLiveControl(sessionId, applyState);
  const reveal = useReveal(sessionId, snapshot?.state);
  const [confirmEnd, setConfirmEnd] = useState(false);
  const state = snapshot?.state ?? null;
  const running = state !== null && !state.ended;
  const canStart = (snapshot !== null && !running) || (snapshot === null && status === "closed");

  return (
    <div className="space-y-6">
      <p role="status" className="min-h-6 text-sm text-slate-800">
        {status === "reconnecting"
          ? tLive("reconnecting")
          : status === "connecting"
            ? tLive("connecting")
            : ""}
      </p>
      {canStart && (
        <div className="rounded-lg border border-slate-300 bg-white p-4">
          <p className="mb-3">{state?.ended ? t("ended") : t("notStarted")}</p>
          <button
            type="button"
            className={buttonClasses("primary")}
            disabled={busy !== null}
            onClick={async () => {
              if (await send("start", { action: "start" })) reconnect();
            }}
          >
            {t("start")}
          </button>
          <ControlAlert error={error} where="start" />
        </div>
      )}
      {snapshot && state && running && (
        <>
          <JoinPanel sessionId={sessionId} joinCode={state.joinCode} origin={origin}>
            <a
              href={`/sessions/${sessionId}/live/screen`}
              target="_blank"
              rel="noopener"
              className="mt-2 inline-block font-medium text-teal-800 underline"
            >
              {t("openScreen")}
            </a>
          </JoinPanel>
          <ParticipantsPanel
            participants={snapshot.participants}
            admitAll={state.admitAll}
            send={send}
            busy={busy}
            error={error}
          >
            <AdmissionSettings
              key={state.guestCap}
              state={state}
              refusedJoins={snapshot.refusedJoins}
              send={send}
              busy={busy}
              error={error}
            />
          </ParticipantsPanel>
          <AgendaControls agenda={agenda} state={state} send={send} busy={busy} error={error} />
          {state.currentAgendaItemId &&
            state.phase !== "PRESENTING" &&
            state.phase !== "REVEALED" && (
              <ProgressPanel
                participants={snapshot.participants}
                raters={snapshot.raters}
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
                  onClick={async () => {
                    if (await send("end", { action: "end" })) setConfirmEnd(false);
                  }}
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
    </div>
  );
}
