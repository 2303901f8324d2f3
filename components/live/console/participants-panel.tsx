"use client";

import { useTranslations } from "next-intl";
import { type ReactNode, useState } from "react";
import { buttonClasses } from "@/components/ui/button-classes";
import type { LiveParticipantView } from "@/lib/live/events";
import { ControlAlert } from "../control-alert";
import type { ControlError, LiveControlBody } from "../use-live-control";

type Props = {
  participants: LiveParticipantView[];
  admitAll: boolean;
  send: (where: string, body: LiveControlBody) => Promise<boolean>;
  busy: string | null;
  error: ControlError;
  /** The admission settings and the refused-joins counter, under the heading. */
  children?: ReactNode;
};

/** Guests by status, with Admit, Admit all and Remove (asked twice: it ends their access). */
export function ParticipantsPanel({ participants, admitAll, send, busy, error, children }: Props) {
  const t = useTranslations("LiveConsole");
  const [confirming, setConfirming] = useState<string | null>(null);
  const waiting = participants.filter((p) => p.status === "WAITING");
  return (
    <section
      aria-labelledby="live-participants"
      className="rounded-lg border border-slate-300 bg-white p-4"
    >
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2 id="live-participants" className="text-xl font-semibold">
          {t("participants", { count: participants.filter((p) => p.status === "ADMITTED").length })}
        </h2>
        <button
          type="button"
          className={buttonClasses("secondary")}
          disabled={busy !== null || waiting.length === 0}
          onClick={() => send("admitAll", { action: "admitAll" })}
        >
          {t("admitAll", { count: waiting.length })}
        </button>
      </div>
      {admitAll && <p className="mt-1 text-sm text-slate-800">{t("admitAllOn")}</p>}
      <ControlAlert error={error} where="admitAll" />
      {children}
      {participants.length === 0 ? (
        <p className="mt-2 text-slate-800">{t("noParticipants")}</p>
      ) : (
        <ul className="mt-3 divide-y divide-slate-200">
          {participants.map((p) => (
            <li key={p.participantId} className="py-2">
              <div className="flex flex-wrap items-center gap-3">
                <span className="font-medium">{p.displayName}</span>
                <span className="text-sm text-slate-800">{t(`status.${p.status}`)}</span>
                <span className="ml-auto flex gap-2">
                  {p.status === "WAITING" && (
                    <button
                      type="button"
                      className={buttonClasses("primary")}
                      disabled={busy !== null}
                      aria-label={t("admitName", { name: p.displayName })}
                      onClick={() =>
                        send(p.participantId, { action: "admit", participantId: p.participantId })
                      }
                    >
                      {t("admit")}
                    </button>
                  )}
                  {p.status !== "REMOVED" && confirming !== p.participantId && (
                    <button
                      type="button"
                      className={buttonClasses("secondary")}
                      aria-label={t("removeName", { name: p.displayName })}
                      onClick={() => setConfirming(p.participantId)}
                    >
                      {t("remove")}
                    </button>
                  )}
                </span>
              </div>
              {confirming === p.participantId && (
                <div className="mt-2 flex flex-wrap items-center gap-2">
                  <span>{t("confirmRemove", { name: p.displayName })}</span>
                  <button
                    type="button"
                    className={buttonClasses("danger")}
                    disabled={busy !== null}
                    onClick={async () => {
                      if (
                        await send(p.participantId, {
                          action: "remove",
                          participantId: p.participantId,
                        })
                      )
                        setConfirming(null);
                    }}
                  >
                    {t("confirmRemoveYes")}
                  </button>
                  <button
                    type="button"
                    className={buttonClasses("secondary")}
                    onClick={() => setConfirming(null)}
                  >
                    {t("cancel")}
                  </button>
                </div>
              )}
              <ControlAlert error={error} where={p.participantId} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
