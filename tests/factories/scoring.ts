import { db } from "@/lib/db";
import { makeGrid, makeSession } from "./sessions";
import { makeActor } from "./users";

/** Rows of the scoring tables, to prove that a refusal wrote nothing. */
export async function scoringCounts() {
  const [evaluations, scores] = await Promise.all([db.evaluation.count(), db.score.count()]);
  return { evaluations, scores };
}

/**
 * An OPEN session on the two-category test grid: REVENUES (EUR, weight 2), PROFIT (1) | SHARE_WSN (%, 1).
 */
export async function setUpScoring() {
  const facilitator = await makeActor("FACILITATOR");
  const grid = await makeGrid();
  const { session, agendaItems } = await makeSession({
    facilitatorId: facilitator.id,
    gridId: grid.id,
  });
  const [revenues, profit] = grid.categories[0].criteria.sort((a, b) => a.position - b.position);
  const [share] = grid.categories[1].criteria;
  const agendaItemId = agendaItems[0].id;
  return { facilitator, session, grid, agendaItemId, revenues, profit, share };
}
