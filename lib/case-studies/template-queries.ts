import "server-only";
import type { Actor } from "@/lib/auth/permissions";
import type { Suggestion } from "@/lib/classification/rules";
import { db } from "@/lib/db";
import type { WiseModel } from "@/lib/generated/prisma/enums";
import { buildHeatmap } from "@/lib/skills/gaps/gap-map";
import { type HeatmapCellRow, heatmapSql } from "@/lib/skills/gaps/gap-sql";
import { gapScope, gapScopeHas } from "@/lib/skills/gaps/scope";
import { getWiseProfile } from "@/lib/wises/queries";

/**
 * The template's read-only parts, read at every visit from where they live (decision 0016): the
 * WISE's profile from the registry (support-need counts through the one suppression rule, as the
 * WISE's page shows them to this reader), its model from the focus group, and its staff's skills
 * gaps from the survey (the gap map's own SQL; cells under five respondents hidden). The caller
 * has checked "caseStudy.read" on the study; each source applies its own rule again.
 */
export async function getCaseStudyTemplate(
  actor: Actor,
  study: { wiseId: string; sessionId: string | null; countryCode: string },
) {
  const scope = gapScope(actor);
  const [profile, model, cells] = await Promise.all([
    getWiseProfile(actor, study.wiseId),
    agreedModelOf(study.wiseId, study.sessionId),
    gapScopeHas(scope, study.countryCode)
      ? db.$queryRaw<HeatmapCellRow[]>(heatmapSql(scope, { wiseId: study.wiseId }, "group"))
      : Promise.resolve([]),
  ]);
  return { profile, model, gaps: buildHeatmap(cells) };
}

type ModelRow = {
  model: WiseModel;
  rationale: string | null;
  suggestion: Suggestion | null;
  sessionId: string;
  sessionTitle: string;
};

/** The model agreed for the WISE, in the study's focus group first, else the latest decision. */
async function agreedModelOf(wiseId: string, sessionId: string | null) {
  const [row] = await db.$queryRaw<ModelRow[]>`
    SELECT c."agreedModel"::text AS "model", c."rationale", c."suggestion",
      s."id" AS "sessionId", s."title" AS "sessionTitle"
    FROM "AgendaItem" ai
    JOIN "Classification" c ON c."agendaItemId" = ai."id"
    JOIN "FocusGroupSession" s ON s."id" = ai."sessionId"
    WHERE ai."wiseId" = ${wiseId} AND c."agreedModel" IS NOT NULL
    ORDER BY (ai."sessionId" IS NOT DISTINCT FROM ${sessionId}) DESC, c."decidedAt" DESC NULLS LAST
    LIMIT 1`;
  if (!row) return null;
  // The rules' reasons for the agreed model, as the classification page showed them.
  const reasons =
    row.suggestion?.ranking?.find((entry) => entry.model === row.model)?.reasons ?? [];
  return {
    model: row.model,
    rationale: row.rationale,
    reasons,
    session: { id: row.sessionId, title: row.sessionTitle },
  };
}

export type CaseStudyTemplate = Awaited<ReturnType<typeof getCaseStudyTemplate>>;
