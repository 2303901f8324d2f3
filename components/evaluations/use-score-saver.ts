"use client";

import { useRef, useState } from "react";
import { saveScoreAction } from "@/lib/evaluations/actions";
import type { SavedScore, SaveScoreResult } from "@/lib/evaluations/mutations";
import type { ScoreAnswerKind } from "@/lib/evaluations/scoring-rules";

/** What the rater sees in one criterion's controls; text boxes hold exactly what was typed. */
export type Draft = {
  answer: ScoreAnswerKind | null;
  level: number | null;
  value: string;
  comment: string;
};

export type SaveStatus =
  | { kind: "idle" }
  | { kind: "saving" }
  | { kind: "saved" }
  | { kind: "needsAnswer" }
  | { kind: "failed"; message: string; fieldErrors: Record<string, string[]> }
  | { kind: "conflict"; current: SavedScore | null };

const EMPTY: Draft = { answer: null, level: null, value: "", comment: "" };

export function draftOf(score: SavedScore | null | undefined): Draft {
  if (!score) return EMPTY;
  return {
    answer: score.answer,
    level: score.level,
    value: score.value ?? "",
    comment: score.comment ?? "",
  };
}

const sameDraft = (a: Draft | undefined, b: Draft) =>
  a !== undefined &&
  a.answer === b.answer &&
  a.level === b.level &&
  a.value === b.value &&
  a.comment === b.comment;

const byCriterion = <T extends { criterionId: string }>(rows: T[]) =>
  Object.fromEntries(rows.map((row) => [row.criterionId, row]));

/**
 * Saves each criterion as the rater changes it, one request per criterion at a time: a change
 * made while the previous save of the same criterion is under way waits for it, then goes with
 * the version that save returned. Otherwise quick clicks would refuse each other as stale.
 * A save refused as stale keeps the rater's draft on screen and asks them what to keep.
 */
export function useScoreSaver(agendaItemId: string, initialScores: SavedScore[]) {
  const [drafts, setDrafts] = useState<Record<string, Draft>>(() =>
    Object.fromEntries(initialScores.map((score) => [score.criterionId, draftOf(score)])),
  );
  const [saved, setSaved] = useState<Record<string, SavedScore>>(() => byCriterion(initialScores));
  const [statuses, setStatuses] = useState<Record<string, SaveStatus>>({});
  const draftsRef = useRef(drafts);
  const versions = useRef(
    new Map(initialScores.map((score) => [score.criterionId, score.version])),
  );
  const inFlight = useRef(new Set<string>());
  const queued = useRef(new Map<string, Draft>());

  const writeDraft = (
    criterionId: string,
    update: (current: Draft | undefined) => Draft | undefined,
  ) => {
    const next = update(draftsRef.current[criterionId]);
    if (!next || next === draftsRef.current[criterionId]) return;
    draftsRef.current = { ...draftsRef.current, [criterionId]: next };
    setDrafts(draftsRef.current);
  };
  const setStatus = (criterionId: string, status: SaveStatus) =>
    setStatuses((previous) => ({ ...previous, [criterionId]: status }));

  async function send(criterionId: string, draft: Draft): Promise<void> {
    if (draft.answer === null) return setStatus(criterionId, { kind: "needsAnswer" });
    if (inFlight.current.has(criterionId)) {
      queued.current.set(criterionId, draft);
      return;
    }
    inFlight.current.add(criterionId);
    setStatus(criterionId, { kind: "saving" });
    let result: SaveScoreResult;
    try {
      result = await saveScoreAction({
        agendaItemId,
        criterionId,
        answer: draft.answer,
        level: draft.answer === "LEVEL" ? draft.level : null,
        value: draft.value,
        comment: draft.comment,
        expectedVersion: versions.current.get(criterionId) ?? 0,
      });
    } catch {
      result = { ok: false, status: 400, message: "scoreNetworkError", fieldErrors: {} };
    }
    inFlight.current.delete(criterionId);
    const next = queued.current.get(criterionId);
    queued.current.delete(criterionId);
    if (result.ok) {
      const stored = result.data;
      versions.current.set(criterionId, stored.version);
      setSaved((previous) => ({ ...previous, [criterionId]: stored }));
      // Shows the stored form (e.g. "12500.5" for "12 500,5") unless the rater typed on meanwhile.
      writeDraft(criterionId, (current) => (sameDraft(current, draft) ? draftOf(stored) : current));
      if (next) return send(criterionId, next);
      return setStatus(criterionId, { kind: "saved" });
    }
    if ("current" in result)
      return setStatus(criterionId, { kind: "conflict", current: result.current });
    // A later change may fix what was refused (a corrected number): send it before complaining.
    if (next) return send(criterionId, next);
    setStatus(criterionId, {
      kind: "failed",
      message: result.message,
      fieldErrors: result.fieldErrors,
    });
  }

  /** A change of the answer (saved at once) or of a text box (saved when the box is left). */
  function change(criterionId: string, patch: Partial<Draft>, save: boolean) {
    const draft = { ...(draftsRef.current[criterionId] ?? EMPTY), ...patch };
    writeDraft(criterionId, () => draft);
    if (save) void send(criterionId, draft);
  }

  /** Leaving a text box: saves it if it differs from what is stored. */
  function commitText(criterionId: string) {
    const draft = draftsRef.current[criterionId];
    if (!draft) return;
    const stored = draftOf(saved[criterionId]);
    if (draft.value === stored.value && draft.comment === stored.comment) return;
    void send(criterionId, draft);
  }

  function retry(criterionId: string) {
    void send(criterionId, draftsRef.current[criterionId] ?? EMPTY);
  }

  /** After a stale refusal: show what is stored and carry on from its version. */
  function takeCurrent(criterionId: string, current: SavedScore | null) {
    versions.current.set(criterionId, current?.version ?? 0);
    setSaved((previous) => {
      const { [criterionId]: _dropped, ...others } = previous;
      return current ? { ...others, [criterionId]: current } : others;
    });
    writeDraft(criterionId, () => draftOf(current));
    setStatus(criterionId, current ? { kind: "saved" } : { kind: "idle" });
  }

  /** After a stale refusal: save the rater's own answer over the stored one, knowingly. */
  function keepMine(criterionId: string, current: SavedScore | null) {
    versions.current.set(criterionId, current?.version ?? 0);
    retry(criterionId);
  }

  return { drafts, saved, statuses, change, commitText, retry, takeCurrent, keepMine };
}
