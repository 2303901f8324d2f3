import { db } from "@/lib/db";
import type { SkillArea, StaffGroup, WiseModel } from "@/lib/generated/prisma/enums";

/** A good-practice row as the library stores it; the search vector is kept by its trigger. */
export async function makeGoodPractice(options: {
  authorId: string;
  countryCode?: string;
  title?: string;
  need?: string;
  practice?: string;
  models?: WiseModel[];
  staffGroups?: StaffGroup[];
  skillAreas?: SkillArea[];
  published?: boolean;
  locale?: string;
}) {
  return db.goodPractice.create({
    data: {
      authorId: options.authorId,
      countryCode: options.countryCode ?? "RO",
      locale: options.locale ?? "en",
      title: options.title ?? "A good practice",
      need: options.need ?? "A need",
      practice: options.practice ?? "A practice",
      results: "Results",
      transfer: "What it takes",
      models: options.models ?? [],
      staffGroups: options.staffGroups ?? [],
      skillAreas: options.skillAreas ?? [],
      publishedAt: options.published ? new Date("2026-11-02T10:00:00Z") : null,
    },
  });
}

/** A note of a focus group, public unless told otherwise. */
export function makeNote(options: {
  sessionId: string;
  authorId: string;
  body: string;
  agendaItemId?: string;
  isPublic?: boolean;
}) {
  return db.sessionNote.create({
    data: {
      sessionId: options.sessionId,
      authorId: options.authorId,
      body: options.body,
      agendaItemId: options.agendaItemId,
      isPublic: options.isPublic ?? true,
    },
  });
}

/** The form's fields of a good practice, as a browser posts them. */
export function practiceForm(overrides: Record<string, string | string[]> = {}) {
  return {
    title: "Mentors from the bakery",
    need: "New workers leave in their first month.",
    practice: "Each new worker gets a mentor from the team.",
    results: "Nine in ten stay past three months.",
    transfer: "Two hours a week of a senior worker's time.",
    digitalTools: "",
    locale: "en",
    models: "PRODUCTIVE",
    staffGroups: ["SUPPORTER", "WORKER"],
    skillAreas: "SUPPORT",
    ...overrides,
  };
}
