"use client";

import { useTranslations } from "next-intl";
import { JoinPanel } from "../join-panel";
import { RevealView } from "../reveal-view";
import { useFacilitatorLive } from "../use-facilitator-live";
import { useReveal } from "../use-reveal";

/**
 * The room's screen, for a projector: how to join, the WISE on stage and its phase, how many
 * have answered while scoring is open (never what), and the reveal.
 */
export function LiveScreen({ sessionId, origin }: { sessionId: string; origin: string }) {
  const t = useTranslations("LiveScreen");
  const tLive = useTranslations("Live");
  const { snapshot, status } = useFacilitatorLive(sessionId);
  const state = snapshot?.state;
  const reveal = useReveal(sessionId, state);
  const raters = snapshot
    ? [...snapshot.participants.filter((p) => p.status === "ADMITTED"), ...snapshot.raters]
    : [];
  const answered = raters.filter((rater) => rater.answered > 0).length;

  return (
    <div className="space-y-8 text-xl">
      <p role="status" className="min-h-6 text-base text-slate-800">
        {status === "reconnecting" ? tLive("reconnecting") : ""}
      </p>
      {state?.ended ? (
        <p className="text-4xl font-bold">{t("ended")}</p>
      ) : (
        <>
          {state && state.phase !== "REVEALED" && (
            <JoinPanel sessionId={sessionId} joinCode={state.joinCode} origin={origin} large />
          )}
          <section aria-live="polite" className="space-y-3">
            {state?.currentWiseName ? (
              <>
                <h2 className="text-5xl font-bold">{state.currentWiseName}</h2>
                <p className="text-3xl text-teal-900">
                  {tLive(`phase.${state.phase}`)}
                  {state.round === 2 && ` · ${tLive("roundTwo")}`}
                </p>
              </>
            ) : (
              <p className="text-3xl">{t("waiting")}</p>
            )}
            {state?.phase === "SCORING_OPEN" && (
              <p className="text-3xl">{t("answeredCount", { answered, total: raters.length })}</p>
            )}
          </section>
          {state?.phase === "REVEALED" && reveal && <RevealView reveal={reveal} large />}
        </>
      )}
    </div>
  );
}
