import { type ClassificationProfile, type Reason, suggestModel } from "@/lib/classification/rules";
import type { DiscussionTheme, IntegrationMode, WiseModel } from "@/lib/generated/prisma/enums";
import type { Worded } from "@/lib/grids/rules";
import { DISCUSSION_THEMES } from "@/lib/sessions/schemas";
import { z } from "@/lib/validation/zod";
import type { DisclosedSupportNeed } from "@/lib/wises/support-need-suppression";
import { type CategoryResult, categoryResult } from "./rules";
import { type SuppressedCount, suppressCount } from "./suppression";

/**
 * Turns the rows a summary is read from into what a summary may show. Pure, so that what
 * leaves the server is decided in one place that tests can read: no person's name (no rater,
 * author, facilitator or WISE representative), no individual score, and worker figures only as
 * suppressed aggregates.
 */

export type SummaryRows = {
  session: {
    title: string;
    startsAt: Date;
    place: string | null;
    online: boolean;
    countryCode: string;
  };
  categories: (Worded & { id: string; code: string })[];
  agenda: {
    id: string;
    wise: ClassificationProfile & {
      name: string;
      sectors: string[];
      region: string | null;
      totalEmployees: number | null;
      supportNeedWorkers: number | null;
      integrationMode: IntegrationMode | null;
    };
    /** `suggestion` is the JSON stored when the model was decided (lib/classification/rules). */
    classification: { agreedModel: WiseModel | null; suggestion: unknown } | null;
  }[];
  /** Mean of the raters' category scores and how many raters gave one, per agenda item. */
  categoryMeans: { agendaItemId: string; categoryId: string; mean: number; raters: number }[];
  raterCount: number;
  /** Already through the suppression rule (lib/wises/support-need-queries.ts). */
  supportNeeds: DisclosedSupportNeed[];
  publicNotes: { agendaItemId: string | null; theme: DiscussionTheme | null; body: string }[];
};

const StoredSuggestion = z.object({
  ranking: z.array(
    z.object({
      model: z.string(),
      reasons: z.array(
        z.object({
          key: z.string(),
          values: z.record(z.string(), z.union([z.number(), z.string()])).optional(),
        }),
      ),
    }),
  ),
});

/**
 * Why the agreed model fits, as the rules saw the profile when the group decided. A decision
 * stored without a readable suggestion falls back to the rules' view of the profile today.
 */
export function reasonsFor(
  model: WiseModel,
  storedSuggestion: unknown,
  profile: ClassificationProfile,
): Pick<Reason, "key" | "values">[] {
  const stored = StoredSuggestion.safeParse(storedSuggestion);
  const ranking = stored.success ? stored.data.ranking : suggestModel(profile).ranking;
  return ranking.find((entry) => entry.model === model)?.reasons ?? [];
}

export function assembleSummary(rows: SummaryRows) {
  const means = new Map(
    rows.categoryMeans.map((row) => [`${row.agendaItemId}:${row.categoryId}`, row]),
  );
  const wises = rows.agenda.map((item) => {
    const agreedModel = item.classification?.agreedModel ?? null;
    const results: { categoryId: string; result: CategoryResult }[] = rows.categories.map(
      (category) => {
        const row = means.get(`${item.id}:${category.id}`);
        return {
          categoryId: category.id,
          result: categoryResult(row?.mean ?? null, row?.raters ?? 0),
        };
      },
    );
    return {
      id: item.id,
      name: item.wise.name,
      sectors: item.wise.sectors,
      region: item.wise.region,
      totalEmployees: item.wise.totalEmployees,
      supportNeedWorkers: suppressCount(item.wise.supportNeedWorkers) as SuppressedCount,
      integrationMode: item.wise.integrationMode,
      agreedModel,
      reasons: agreedModel
        ? reasonsFor(agreedModel, item.classification?.suggestion, item.wise)
        : [],
      results,
      notes: rows.publicNotes.filter((note) => note.agendaItemId === item.id).map((n) => n.body),
    };
  });
  const themes = DISCUSSION_THEMES.map((theme) => ({
    theme,
    notes: rows.publicNotes
      .filter((note) => note.theme === theme && note.agendaItemId === null)
      .map((note) => note.body),
  })).filter((entry) => entry.notes.length > 0);
  return {
    ...rows.session,
    wiseCount: rows.agenda.length,
    raterCount: rows.raterCount,
    categories: rows.categories,
    wises,
    supportNeeds: rows.supportNeeds,
    themes,
    generalNotes: rows.publicNotes
      .filter((note) => note.agendaItemId === null && note.theme === null)
      .map((note) => note.body),
  };
}

export type SessionSummary = ReturnType<typeof assembleSummary>;
export type WiseSummary = SessionSummary["wises"][number];
