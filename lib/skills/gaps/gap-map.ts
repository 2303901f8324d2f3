import type { HeatmapCellRow, RespondentCountRow, SkillGapRow } from "./gap-sql";
import { assignQuadrants, isShown, type Quadrant, SKILL_AREAS, STAFF_GROUPS } from "./rules";

/** How many skills per group the page lists as the most important, and as the largest gaps. */
export const TOP_SKILLS = 5;

export type ShownSkillGap = {
  group: string;
  code: string;
  area: string;
  respondents: number;
  meanImportance: number;
  meanFuture: number | null;
  meanMastery: number;
  gap: number;
  mwds: number;
  rank: number;
  quadrant: Quadrant;
};

export type GroupGaps = {
  group: (typeof STAFF_GROUPS)[number];
  respondents: number;
  /** Skills resting on enough respondents, by Borich rank. */
  skills: ShownSkillGap[];
  /** Skills not shown because too few respondents rated them. */
  hiddenSkills: number;
  mostImportant: ShownSkillGap[];
};

/**
 * The SQL's rows as the page and the exports show them: small cells dropped by the one rule,
 * quadrants split at the means of each group's shown skills, ranks recounted among those shown.
 */
export function buildGroupGaps(
  rows: readonly SkillGapRow[],
  counts: readonly RespondentCountRow[],
): GroupGaps[] {
  return STAFF_GROUPS.map((group) => {
    const ofGroup = rows.filter((row) => row.grp === group);
    const shown = ofGroup.filter((row) => isShown(row.respondents));
    const skills = assignQuadrants(
      shown.map((row) => ({
        group,
        code: row.code,
        area: row.area,
        respondents: row.respondents,
        meanImportance: row.mean_importance,
        meanFuture: row.mean_future,
        meanMastery: row.mean_mastery,
        gap: row.gap,
        mwds: row.mwds,
      })),
    )
      .sort((a, b) => b.mwds - a.mwds || a.code.localeCompare(b.code))
      .map((skill, index) => ({ ...skill, rank: index + 1 }));
    const mostImportant = [...skills]
      .sort((a, b) => b.meanImportance - a.meanImportance || a.code.localeCompare(b.code))
      .slice(0, TOP_SKILLS);
    const respondents = counts.find((count) => count.grp === group)?.respondents ?? 0;
    return {
      group,
      respondents,
      skills,
      hiddenSkills: ofGroup.length - shown.length,
      mostImportant,
    };
  }).filter((group) => group.respondents > 0);
}

export type Heatmap = {
  rowKeys: string[];
  areas: string[];
  /** `${rowKey}|${area}` → the cell; a suppressed cell has gap null. */
  cells: Record<string, { respondents: number; gap: number | null }>;
};

export function buildHeatmap(rows: readonly HeatmapCellRow[]): Heatmap {
  const rowKeys = [...new Set(rows.map((row) => row.row_key))];
  const present = new Set(rows.map((row) => row.area));
  const areas = SKILL_AREAS.filter((area) => present.has(area));
  const cells: Heatmap["cells"] = {};
  for (const row of rows) {
    cells[`${row.row_key}|${row.area}`] = {
      respondents: row.respondents,
      gap: isShown(row.respondents) ? row.gap : null,
    };
  }
  return { rowKeys, areas, cells };
}
