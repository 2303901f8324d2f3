import { beforeEach, describe, expect, it } from "vitest";
import type { ActionResult } from "@/lib/actions/result";
import type { Actor } from "@/lib/auth/permissions";
import { decideClassification, proposeModel } from "@/lib/classification/mutations";
import { db } from "@/lib/db";
import {
  addCriterion,
  createGridVersion,
  updateCategory,
  updateCriterion,
} from "@/lib/grids/mutations";
import { setCategoryWording, setCriterionWording } from "@/lib/grids/wording-mutations";
import { correctText, restoreText, setLanguageStatus } from "@/lib/languages/mutations";
import { createOrganisation } from "@/lib/organisations/mutations";
import { replyToReview, writeReview } from "@/lib/reviews/mutations";
import { addAgendaItem, moveAgendaItem, removeAgendaItem } from "@/lib/sessions/agenda-mutations";
import {
  addSessionMember,
  removeSessionMember,
  setMemberCanScore,
} from "@/lib/sessions/member-mutations";
import { changeSessionStatus } from "@/lib/sessions/mutations";
import { deleteSessionNote } from "@/lib/sessions/note-mutations";
import { createInvitation } from "@/lib/users/mutations";
import { addMember, makeGrid, makeSession, makeWise } from "../factories/sessions";
import { makeActor, makeUser } from "../factories/users";
import { resetDatabase } from "../setup/reset-db";

type Kind = "created" | "changed" | "deleted";

/** A Romanian focus group with two WISEs on its agenda and a participant invited to score. */
async function world() {
  const lead = await makeActor("FACILITATOR", { countryCode: "RO" });
  const admin = await makeActor("ADMIN");
  const partner = await makeActor("PARTNER", { countryCode: "RO" });
  const { session, agendaItems } = await makeSession({ facilitatorId: lead.id, wiseCount: 2 });
  const participant = await makeActor("PARTICIPANT", { countryCode: "RO" });
  await addMember(session.id, participant.id, "PARTICIPANT", true);
  const grid = await makeGrid();
  const sessionId = session.id;
  return { lead, admin, partner, participant, session, sessionId, agendaItems, grid };
}
type World = Awaited<ReturnType<typeof world>>;

type Case = {
  action: string;
  targetType: string;
  kind: Kind;
  /** Country of the object; null for grids, which belong to no country. */
  country: string | null;
  run: (w: World) => Promise<{ actor: Actor; result: ActionResult<unknown> }>;
};

async function as(actor: Actor, result: Promise<ActionResult<unknown>>) {
  return { actor, result: await result };
}

async function closed(w: World) {
  await db.focusGroupSession.update({ where: { id: w.sessionId }, data: { status: "CLOSED" } });
}

const CASES: Case[] = [
  {
    action: "agenda.add",
    targetType: "AgendaItem",
    kind: "created",
    country: "RO",
    run: async (w) =>
      as(w.lead, addAgendaItem(w.lead, { sessionId: w.sessionId, wiseId: (await makeWise()).id })),
  },
  {
    action: "agenda.move",
    targetType: "AgendaItem",
    kind: "changed",
    country: "RO",
    run: (w) =>
      as(
        w.lead,
        moveAgendaItem(w.lead, {
          sessionId: w.sessionId,
          agendaItemId: w.agendaItems[1].id,
          direction: "up",
        }),
      ),
  },
  {
    action: "agenda.remove",
    targetType: "AgendaItem",
    kind: "deleted",
    country: "RO",
    run: (w) =>
      as(
        w.lead,
        removeAgendaItem(w.lead, { sessionId: w.sessionId, agendaItemId: w.agendaItems[1].id }),
      ),
  },
  {
    action: "session.addMember",
    targetType: "SessionMember",
    kind: "created",
    country: "RO",
    run: (w) =>
      as(
        w.lead,
        addSessionMember(w.lead, {
          sessionId: w.sessionId,
          email: "new.person@test.example",
          name: "New Person",
          role: "PARTICIPANT",
        }),
      ),
  },
  {
    action: "session.setCanScore",
    targetType: "SessionMember",
    kind: "changed",
    country: "RO",
    run: (w) =>
      as(
        w.lead,
        setMemberCanScore(w.lead, {
          sessionId: w.sessionId,
          userId: w.participant.id,
          canScore: "false",
        }),
      ),
  },
  {
    action: "session.removeMember",
    targetType: "SessionMember",
    kind: "deleted",
    country: "RO",
    run: (w) =>
      as(w.lead, removeSessionMember(w.lead, { sessionId: w.sessionId, userId: w.participant.id })),
  },
  {
    action: "note.delete",
    targetType: "SessionNote",
    kind: "deleted",
    country: "RO",
    run: async (w) => {
      const note = await db.sessionNote.create({
        data: { sessionId: w.sessionId, body: "Draft", authorId: w.lead.id },
      });
      return as(w.lead, deleteSessionNote(w.lead, { sessionId: w.sessionId, noteId: note.id }));
    },
  },
  {
    action: "session.changeStatus",
    targetType: "FocusGroupSession",
    kind: "changed",
    country: "RO",
    run: (w) => as(w.lead, changeSessionStatus(w.lead, { sessionId: w.sessionId, to: "CLOSED" })),
  },
  {
    action: "classification.decide",
    targetType: "Classification",
    kind: "created",
    country: "RO",
    run: (w) =>
      as(
        w.lead,
        decideClassification(w.lead, {
          agendaItemId: w.agendaItems[0].id,
          agreedModel: "PLACEMENT",
          rationale: "Most workers move on to ordinary jobs.",
        }),
      ),
  },
  {
    action: "classification.propose",
    targetType: "ModelProposal",
    kind: "created",
    country: "RO",
    run: (w) =>
      as(
        w.participant,
        proposeModel(w.participant, { agendaItemId: w.agendaItems[0].id, model: "PRODUCTIVE" }),
      ),
  },
  {
    action: "review.write",
    targetType: "SessionReview",
    kind: "created",
    country: "RO",
    run: async (w) => {
      await closed(w);
      return as(w.partner, writeReview(w.partner, { sessionId: w.sessionId, step: "APPROVED" }));
    },
  },
  {
    action: "review.reply",
    targetType: "SessionReview",
    kind: "created",
    country: "RO",
    run: async (w) => {
      await closed(w);
      return as(w.lead, replyToReview(w.lead, { sessionId: w.sessionId, body: "Thank you." }));
    },
  },
  {
    action: "organisation.create",
    targetType: "Organisation",
    kind: "created",
    country: "BE",
    run: (w) => as(w.admin, createOrganisation(w.admin, { name: "ENSIE", countryCode: "BE" })),
  },
  {
    action: "user.invite",
    targetType: "User",
    kind: "changed",
    country: "RO",
    run: async (w) => {
      const user = await makeUser("PARTICIPANT", { countryCode: "RO" });
      return as(w.admin, createInvitation(w.admin, { userId: user.id }));
    },
  },
  {
    action: "grid.createVersion",
    targetType: "Grid",
    kind: "created",
    country: null,
    run: (w) => as(w.admin, createGridVersion(w.admin, { gridId: w.grid.id })),
  },
  {
    action: "grid.updateCategory",
    targetType: "GridCategory",
    kind: "changed",
    country: null,
    run: (w) =>
      as(
        w.admin,
        updateCategory(w.admin, {
          categoryId: w.grid.categories[0].id,
          name: "Enterprise",
        }),
      ),
  },
  {
    action: "grid.updateCriterion",
    targetType: "GridCriterion",
    kind: "changed",
    country: null,
    run: (w) => {
      const { id, texts } = w.grid.categories[0].criteria[1];
      const input = { criterionId: id, name: "Net profit", unit: "", weight: "2" };
      return as(w.admin, updateCriterion(w.admin, { ...input, levels: texts[0].levels }));
    },
  },
  {
    action: "grid.addCriterion",
    targetType: "GridCriterion",
    kind: "created",
    country: null,
    run: (w) => {
      const { texts } = w.grid.categories[0].criteria[1];
      return as(
        w.admin,
        addCriterion(w.admin, {
          categoryId: w.grid.categories[0].id,
          code: "MARGIN",
          name: "Margin",
          unit: "",
          weight: "1",
          levels: texts[0].levels,
        }),
      );
    },
  },
  {
    action: "grid.translateCategory",
    targetType: "GridCategory",
    kind: "changed",
    country: null,
    run: (w) =>
      as(
        w.partner,
        setCategoryWording(w.partner, {
          categoryId: w.grid.categories[0].id,
          locale: "ro",
          name: "Caracteristici de întreprindere",
        }),
      ),
  },
  {
    action: "grid.translateCriterion",
    targetType: "GridCriterion",
    kind: "changed",
    country: null,
    run: (w) =>
      as(
        w.partner,
        setCriterionWording(w.partner, {
          criterionId: w.grid.categories[0].criteria[0].id,
          locale: "ro",
          name: "Venituri totale",
          levels: ["foarte mici", "mici", "", "mari", "foarte mari"],
        }),
      ),
  },
  {
    action: "language.setStatus",
    targetType: "Language",
    kind: "created",
    country: null,
    run: (w) => as(w.partner, setLanguageStatus(w.partner, { locale: "ro", status: "REVIEWED" })),
  },
  {
    action: "text.correct",
    targetType: "TextCorrection",
    kind: "created",
    country: null,
    run: (w) =>
      as(
        w.partner,
        correctText(w.partner, { locale: "ro", key: "Summaries.title", text: "Rezumate" }),
      ),
  },
  {
    action: "text.restore",
    targetType: "TextCorrection",
    kind: "deleted",
    country: null,
    run: async (w) => {
      await db.textCorrection.create({
        data: { locale: "ro", key: "Summaries.title", text: "Rezumate" },
      });
      return as(w.partner, restoreText(w.partner, { locale: "ro", key: "Summaries.title" }));
    },
  },
];

describe("every command leaves exactly one audit entry", () => {
  beforeEach(resetDatabase);

  for (const testCase of CASES) {
    it(`${testCase.action}: who, what, which object, before and after`, async () => {
      const w = await world();
      const before = await db.auditEvent.count();
      const { actor, result } = await testCase.run(w);
      expect(result, JSON.stringify(result)).toMatchObject({ ok: true });
      const entries = await db.auditEvent.findMany({ orderBy: { createdAt: "asc" }, skip: before });
      expect(entries).toHaveLength(1);
      const [entry] = entries;
      expect(entry).toMatchObject({
        actorId: actor.id,
        action: testCase.action,
        targetType: testCase.targetType,
        countryCode: testCase.country,
      });
      expect(entry.targetLabel).toBeTruthy();
      expect(entry.before === null).toBe(testCase.kind === "created");
      expect(entry.after === null).toBe(testCase.kind === "deleted");
    });
  }
});
