import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";

export type CountryMixRow = {
  country: string;
  /** The country's row over every model (then `model` is null too). */
  total: boolean;
  /** The agreed model; null for WISEs whose model is not agreed yet. */
  model: string | null;
  wises: number;
  evaluated: number;
  sessions: number;
};

/**
 * Per country and agreed model, and per country over all models: WISEs on agendas, how many
 * of them have been evaluated, and in how many sessions. Reads agenda items, not scores.
 */
export function countryMixSql(sessionIds: string[]) {
  return Prisma.sql`
    SELECT s."countryCode"::text AS country, GROUPING(c."agreedModel") = 1 AS total,
      c."agreedModel"::text AS model,
      count(*)::int AS wises,
      count(*) FILTER (WHERE EXISTS (
        SELECT 1 FROM "Evaluation" e WHERE e."agendaItemId" = ai."id"
      ))::int AS evaluated,
      count(DISTINCT s."id")::int AS sessions
    FROM "FocusGroupSession" s
    JOIN "AgendaItem" ai ON ai."sessionId" = s."id"
    LEFT JOIN "Classification" c ON c."agendaItemId" = ai."id"
    WHERE s."id" = ANY(${sessionIds}::text[])
    GROUP BY GROUPING SETS ((s."countryCode", c."agreedModel"), (s."countryCode"))`;
}
