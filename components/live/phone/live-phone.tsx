"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useCallback, useEffect, useState } from "react";
import type { AckedScore } from "@/lib/live/client/score-queue";
import { newerState, stateOf, useLiveStream } from "@/lib/live/client/use-live-stream";
import { useScoreQueue } from "@/lib/live/client/use-score-queue";
import type { LiveState } from "@/lib/live/events";
import type { PhoneCriterionView } from "./phone-criterion";
import { PhoneScoring } from "./phone-scoring";
import { QueueBanner } from "./queue-banner";

export type PhoneCategoryView = { id: string; name: string; criteria: PhoneCriterionView[] };
type GuestStatus = "WAITING" | "ADMITTED" | "REMOVED";

function statusOf(data: unknown): GuestStatus | null {
  if (typeof data !== "object" || data === null) return null;
  // The guest snapshot carries `me` (LiveGuestSnapshot); tolerate a bare status too.
  const record = data as { status?: unknown; me?: { status?: unknown } };
  const status = record.me?.status ?? record.status;
  return status === "WAITING" || status === "ADMITTED" || status === "REMOVED" ? status : null;
}

const NOTICE = "rounded-lg border border-slate-300 bg-white p-4 text-lg";

/**
 * The guest's phone: follows the room through the event stream (no reloads) and, while scoring
 * is open, shows the current WISE's criteria. Answers go through the offline-safe queue.
 */
export function LivePhone({
  sessionId,
  participantId,
  displayName,
  initialStatus,
  initialEnded,
  categories,
}: {
  sessionId: string;
  participantId: string;
  displayName: string;
  initialStatus: GuestStatus;
  initialEnded: boolean;
  categories: PhoneCategoryView[];
}) {
  const t = useTranslations("LivePhone");
  const [state, setState] = useState<LiveState | null>(null);
  const [status, setStatus] = useState<GuestStatus>(initialStatus);
  const [ended, setEnded] = useState(initialEnded);
  const router = useRouter();
  const itemId = state?.currentAgendaItemId ?? null;
  const queue = useScoreQueue(sessionId, participantId, [], itemId);
  const { replaceSaved, resume } = queue;

  const { status: stream } = useLiveStream(
    sessionId,
    useCallback((type, data) => {
      if (type === "removed") return setStatus("REMOVED");
      if (type === "ended") return setEnded(true);
      const next = stateOf(data);
      if (type === "snapshot" && next) setState(next);
      else setState((current) => newerState(current, next));
      if (next?.ended) setEnded(true);
      const guest = statusOf(data);
      if (guest) setStatus(guest);
    }, []),
  );

  // Admitted since the page was drawn: read the grid the guest may now score with.
  const needsGrid = status === "ADMITTED" && categories.length === 0;
  useEffect(() => {
    if (needsGrid) router.refresh();
  }, [needsGrid, router]);

  const scoringOpen = status === "ADMITTED" && state?.phase === "SCORING_OPEN" && !ended;
  // The guest's saved answers of the item on stage: after a reload, a reconnect or a new item.
  useEffect(() => {
    if (!scoringOpen || !itemId) return;
    let current = true;
    fetch(`/api/live/sessions/${sessionId}/my-scores?agendaItemId=${encodeURIComponent(itemId)}`)
      .then((response) => (response.ok ? response.json() : null))
      .then((body: { scores?: AckedScore[] } | null) => {
        if (current && body?.scores) replaceSaved(body.scores);
      })
      .catch(() => {});
    resume();
    return () => {
      current = false;
    };
  }, [scoringOpen, itemId, sessionId, replaceSaved, resume]);

  let body: React.ReactNode;
  if (status === "REMOVED") body = <p className={NOTICE}>{t("removed")}</p>;
  else if (ended) body = <p className={NOTICE}>{t("ended")}</p>;
  else if (status === "WAITING") body = <p className={NOTICE}>{t("waitingAdmission")}</p>;
  else if (!state || state.phase === "WAITING" || !state.currentWiseName)
    body = <p className={NOTICE}>{t("waitingStart")}</p>;
  else if (state.phase === "PRESENTING")
    body = <p className={NOTICE}>{t("presenting", { wise: state.currentWiseName })}</p>;
  else if (state.phase === "SCORING_OPEN") {
    const round = state.round === 2 ? new Set(state.roundCriterionIds) : null;
    const shown = categories
      .map((category) => ({
        ...category,
        criteria: category.criteria.filter((criterion) => !round || round.has(criterion.id)),
      }))
      .filter((category) => category.criteria.length > 0);
    body = (
      <PhoneScoring
        wiseName={state.currentWiseName}
        round={state.round}
        agendaItemId={state.currentAgendaItemId ?? ""}
        categories={shown}
        queue={queue}
      />
    );
  } else body = <p className={NOTICE}>{t("scoringClosed", { wise: state.currentWiseName })}</p>;

  return (
    <div className="mx-auto max-w-xl">
      <p className="mb-2 text-slate-800">{t("joinedAs", { name: displayName })}</p>
      <p role="status" className="mb-2 min-h-6 text-sm text-slate-800">
        {stream === "reconnecting" ? t("reconnecting") : ""}
      </p>
      <QueueBanner queue={queue} />
      <div aria-live="polite">{body}</div>
    </div>
  );
}
