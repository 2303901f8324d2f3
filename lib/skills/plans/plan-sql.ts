import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { linkSkillSums } from "../gaps/gap-sql";
import { MIN_RESPONDENTS } from "../gaps/rules";
import type { GapFilter } from "../gaps/schemas";
import type { GapScope } from "../gaps/scope";
import { languagesOfCountry } from "./country-languages";
import { PLAN_GAPS_PER_GROUP } from "./rules";

export type UnmetGapRow = { grp: string; code: string; wises: number };

/**
 * The most frequent unmet gaps: per WISE and group its largest gaps (as lib/skills/plans/rules.ts
 * picks them: shown skills, positive gap, by Borich score then code), kept when no offer of the
 * WISE's country addresses the skill for that group in one of the country's languages; counted
 * by how many WISEs have each.
 */
export function unmetGapsSql(
  scope: GapScope,
  filter: GapFilter,
  countries: readonly string[],
  limit: number,
) {
  const pairs = countries.flatMap((country) =>
    languagesOfCountry(country).map((language) => Prisma.sql`(${country}, ${language})`),
  );
  const languages =
    pairs.length > 0
      ? Prisma.sql`VALUES ${Prisma.join(pairs)}`
      : Prisma.sql`SELECT NULL::text, NULL::text WHERE FALSE`;
  return Prisma.sql`WITH ${linkSkillSums(scope, filter)},
  per_wise AS (
    SELECT k.wise_id, k.country, k.grp, s."code" AS code, sum(k.n) AS n,
      sum(k.imp) / sum(k.n) AS mean_importance, (sum(k.imp) - sum(k.mas)) / sum(k.n) AS gap
    FROM link_sums k JOIN "Skill" s ON s."id" = k.skill_id
    GROUP BY k.wise_id, k.country, k.grp, s."code"
  ),
  ranked AS (
    SELECT *, row_number() OVER (PARTITION BY wise_id, grp ORDER BY gap * mean_importance DESC, code) AS rn
    FROM per_wise WHERE n >= ${MIN_RESPONDENTS} AND gap > 0
  ),
  country_languages(country, language) AS (${languages})
  SELECT r.grp, r.code, count(*)::int AS wises
  FROM ranked r
  WHERE r.rn <= ${PLAN_GAPS_PER_GROUP} AND NOT EXISTS (
    SELECT 1 FROM "TrainingOfferSkill" os
    JOIN "TrainingOffer" o ON o."id" = os."offerId"
    JOIN country_languages cl ON cl.country = o."countryCode" AND cl.language = o."language"
    WHERE os."skillCode" = r.code AND o."group"::text = r.grp AND o."countryCode" = r.country)
  GROUP BY r.grp, r.code ORDER BY wises DESC, r.grp, r.code LIMIT ${limit}`;
}
