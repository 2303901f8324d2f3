import "server-only";
import type { Prisma } from "@/lib/db";
import type { Bundle } from "./schemas";

/**
 * Steps of a bundle import that bring one session's rows to what the bundle says: agenda,
 * evaluations, scores, classifications, notes. Rows are matched on their natural keys and only
 * what differs is written, so importing the same bundle twice leaves every row as it was;
 * rows the bundle no longer has are removed, so a newer export of the same session replaces
 * the older one instead of piling up beside it.
 */
type Tx = Prisma.TransactionClient;

/** What one step changed, for the import's report. */
export type Changes = { added: number; updated: number; removed: number };

export type ImportIds = {
  sessionId: string;
  wiseIds: ReadonlyMap<string, string>;
  raterIds: ReadonlyMap<string, string>;
  criterionIds: ReadonlyMap<string, string>;
};

/** Agenda items keyed by the bundle's WISE refs, and what changed on the agenda. */
export async function syncAgenda(tx: Tx, bundle: Bundle, ids: ImportIds) {
  const before = await tx.agendaItem.findMany({
    where: { sessionId: ids.sessionId },
    select: { wiseId: true, position: true },
  });
  const positionOf = new Map(before.map((item) => [item.wiseId, item.position]));
  const itemIds = new Map<string, string>();
  const changes: Changes = { added: 0, updated: 0, removed: 0 };
  for (const wise of bundle.wises) {
    const wiseId = ids.wiseIds.get(wise.ref) as string;
    const position = positionOf.get(wiseId);
    if (position === undefined) changes.added += 1;
    else if (position !== wise.position) changes.updated += 1;
    const item = await tx.agendaItem.upsert({
      where: { sessionId_wiseId: { sessionId: ids.sessionId, wiseId } },
      create: { sessionId: ids.sessionId, wiseId, position: wise.position },
      update: { position: wise.position },
      select: { id: true },
    });
    itemIds.set(wise.ref, item.id);
  }
  const removed = await tx.agendaItem.deleteMany({
    where: { sessionId: ids.sessionId, id: { notIn: [...itemIds.values()] } },
  });
  changes.removed = removed.count;
  return { itemIds, changes };
}

/** Evaluations (one per WISE and rater with scores), then their scores. Returns what changed. */
export async function syncScores(
  tx: Tx,
  bundle: Bundle,
  ids: ImportIds,
  itemIds: ReadonlyMap<string, string>,
) {
  const wanted = bundle.scores.map((score) => ({
    agendaItemId: itemIds.get(score.wise) as string,
    raterId: ids.raterIds.get(score.rater) as string,
    criterionId: ids.criterionIds.get(`${score.category}/${score.criterion}`) as string,
    answer: score.answer,
    level: score.level,
    value: score.value,
    comment: score.comment,
  }));
  const pairKey = (row: { agendaItemId: string; raterId: string }) =>
    `${row.agendaItemId}/${row.raterId}`;
  const pairs = new Map(wanted.map((row) => [pairKey(row), row]));
  // Raters' numbers follow their first evaluation (lib/exports/pseudonyms): evaluations are
  // dated in pseudonym order, so that exporting the imported session numbers them as the source.
  const numberOf = new Map(
    [...ids.raterIds].map(([pseudonym, raterId]) => [
      raterId,
      Number(pseudonym.replace(/\D/g, "")),
    ]),
  );
  const start = bundle.session.startsAt.getTime();
  await tx.evaluation.createMany({
    data: [...pairs.values()].map(({ agendaItemId, raterId }) => ({
      agendaItemId,
      raterId,
      createdAt: new Date(start + (numberOf.get(raterId) ?? 0)),
    })),
    skipDuplicates: true,
  });
  const evaluations = await tx.evaluation.findMany({
    where: { agendaItem: { sessionId: ids.sessionId } },
    select: { id: true, agendaItemId: true, raterId: true },
  });
  const stale = evaluations.filter((evaluation) => !pairs.has(pairKey(evaluation)));
  const evaluationIdOf = new Map(evaluations.map((e) => [pairKey(e), e.id]));

  const existing = await tx.score.findMany({
    where: { evaluation: { agendaItem: { sessionId: ids.sessionId } } },
    select: {
      id: true,
      evaluationId: true,
      criterionId: true,
      answer: true,
      level: true,
      value: true,
      comment: true,
    },
  });
  const scoreKey = (row: { evaluationId: string; criterionId: string }) =>
    `${row.evaluationId}/${row.criterionId}`;
  const existingByKey = new Map(existing.map((score) => [scoreKey(score), score]));
  const toCreate: Prisma.ScoreCreateManyInput[] = [];
  const keep = new Set<string>();
  let updated = 0;
  for (const { agendaItemId: _a, raterId: _r, ...score } of wanted) {
    const evaluationId = evaluationIdOf.get(pairKey({ agendaItemId: _a, raterId: _r })) as string;
    const key = scoreKey({ evaluationId, criterionId: score.criterionId });
    keep.add(key);
    const current = existingByKey.get(key);
    if (!current) {
      toCreate.push({ evaluationId, ...score });
    } else if (
      current.answer !== score.answer ||
      current.level !== score.level ||
      current.value !== score.value ||
      current.comment !== score.comment
    ) {
      updated += 1;
      await tx.score.update({
        where: { id: current.id },
        data: { ...score, version: { increment: 1 } },
      });
    }
  }
  await tx.score.createMany({ data: toCreate });
  // Scores of stale evaluations are among these, so they are counted before those go.
  const removed = await tx.score.deleteMany({
    where: { id: { in: existing.filter((score) => !keep.has(scoreKey(score))).map((s) => s.id) } },
  });
  await tx.evaluation.deleteMany({ where: { id: { in: stale.map((e) => e.id) } } });
  return { added: toCreate.length, updated, removed: removed.count } satisfies Changes;
}

/** The models the group suggested and agreed, per WISE. Who decided stays with the source. */
export async function syncClassifications(
  tx: Tx,
  bundle: Bundle,
  itemIds: ReadonlyMap<string, string>,
) {
  const classified: string[] = [];
  for (const { wise, ...classification } of bundle.classifications) {
    const agendaItemId = itemIds.get(wise) as string;
    classified.push(agendaItemId);
    const data = { ...classification, suggestion: classification.suggestion ?? {} };
    await tx.classification.upsert({
      where: { agendaItemId },
      create: { agendaItemId, ...data },
      update: data,
    });
  }
  await tx.classification.deleteMany({
    where: { agendaItemId: { in: [...itemIds.values()], notIn: classified } },
  });
}

/**
 * Notes have no natural key: a note is the same note when everything about it is. Notes the
 * bundle has and the session lacks are added, and the other way round removed; a note whose
 * text changed counts as one removed and one added. Their author is the imported session's
 * facilitator, as the people who wrote them have no account here.
 */
export async function syncNotes(
  tx: Tx,
  bundle: Bundle,
  ids: ImportIds & { authorId: string },
  itemIds: ReadonlyMap<string, string>,
): Promise<Changes> {
  const wanted = bundle.notes.map((note) => ({
    agendaItemId: note.wise === null ? null : (itemIds.get(note.wise) as string),
    theme: note.theme,
    body: note.body,
    isPublic: note.isPublic,
    createdAt: note.createdAt,
  }));
  const keyOf = (n: (typeof wanted)[number]) =>
    JSON.stringify([n.agendaItemId, n.theme, n.body, n.isPublic, n.createdAt]);
  const existing = await tx.sessionNote.findMany({
    where: { sessionId: ids.sessionId },
    select: {
      id: true,
      agendaItemId: true,
      theme: true,
      body: true,
      isPublic: true,
      createdAt: true,
    },
  });
  // Multisets: two identical notes in the bundle are two notes here.
  const unmatched = new Map<string, string[]>();
  for (const note of existing) {
    const key = keyOf(note);
    unmatched.set(key, [...(unmatched.get(key) ?? []), note.id]);
  }
  const toCreate = wanted.filter((note) => {
    const same = unmatched.get(keyOf(note));
    return !same?.pop();
  });
  const toRemove = [...unmatched.values()].flat();
  await tx.sessionNote.deleteMany({ where: { id: { in: toRemove } } });
  await tx.sessionNote.createMany({
    data: toCreate.map((note) => ({ ...note, sessionId: ids.sessionId, authorId: ids.authorId })),
  });
  return { added: toCreate.length, updated: 0, removed: toRemove.length };
}
