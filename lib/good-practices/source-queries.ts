import "server-only";
import { DomainError } from "@/lib/actions/result";
import { type Actor, assertCan, can } from "@/lib/auth/permissions";
import { db, type Prisma } from "@/lib/db";
import type { CaseStudySection, WiseModel } from "@/lib/generated/prisma/enums";
import { getSessionAccess } from "@/lib/sessions/access";
import { SECTION_COLUMN } from "./rules";

type Client = Prisma.TransactionClient | typeof db;

/** What a good practice takes from its source: its country, WISE and text, and the WISE's model. */
export type PracticeSource = {
  countryCode: string;
  wiseId: string | null;
  wiseName: string | null;
  agreedModel: WiseModel | null;
  /** The language the source is written in, when it says (a case study does; a note does not). */
  locale: string | null;
  text: string;
};

/** The model the focus groups agreed for a WISE: in the given session when it decided one, else the latest. */
async function agreedModelOf(client: Client, wiseId: string, sessionId: string | null) {
  const rows = await client.$queryRaw<{ model: WiseModel }[]>`
    SELECT c."agreedModel" AS model
    FROM "AgendaItem" ai JOIN "Classification" c ON c."agendaItemId" = ai."id"
    WHERE ai."wiseId" = ${wiseId} AND c."agreedModel" IS NOT NULL
    ORDER BY (ai."sessionId" IS NOT DISTINCT FROM ${sessionId}) DESC, c."decidedAt" DESC NULLS LAST
    LIMIT 1`;
  return rows[0]?.model ?? null;
}

/**
 * A public focus-group note, for someone who may read its session and mark good practice in its
 * country. A note that does not exist or whose session the actor may not read is "not found";
 * a private one is refused with its reason (the team sees it and may make it public).
 */
export async function noteSource(
  actor: Actor,
  noteId: string,
  client: Client = db,
): Promise<PracticeSource> {
  const note = await client.sessionNote.findUnique({
    where: { id: noteId },
    select: {
      body: true,
      isPublic: true,
      sessionId: true,
      session: { select: { countryCode: true } },
      agendaItem: { select: { wiseId: true, wise: { select: { name: true } } } },
    },
  });
  const access = note ? await getSessionAccess(actor, note.sessionId) : null;
  if (!note || !access || !can(actor, "session.read", access)) {
    throw new DomainError(404, "noteNotFound");
  }
  assertCan(actor, "goodPractice.create", note.session);
  if (!note.isPublic) throw new DomainError(400, "goodPracticeNoteNotPublic", "sessionNoteId");
  const wiseId = note.agendaItem?.wiseId ?? null;
  return {
    countryCode: note.session.countryCode,
    wiseId,
    wiseName: note.agendaItem?.wise.name ?? null,
    agreedModel: wiseId ? await agreedModelOf(client, wiseId, note.sessionId) : null,
    locale: null,
    text: note.body,
  };
}

/**
 * One section of a case study, for someone who may read that study and mark good practice in its
 * country. Read from the CaseStudy row itself: the study's own pages are another module's.
 */
export async function caseStudySource(
  actor: Actor,
  caseStudyId: string,
  section: CaseStudySection,
  client: Client = db,
): Promise<PracticeSource> {
  const study = await client.caseStudy.findUnique({
    where: { id: caseStudyId },
    select: {
      countryCode: true,
      authorId: true,
      sessionId: true,
      locale: true,
      wiseId: true,
      wise: { select: { name: true } },
      modelReason: true,
      pathwayIn: true,
      pathwayOut: true,
      digitalTools: true,
      practices: true,
      challenges: true,
    },
  });
  if (!study || !can(actor, "caseStudy.read", study)) {
    throw new DomainError(404, "goodPracticeCaseStudyNotFound");
  }
  assertCan(actor, "goodPractice.create", study);
  return {
    countryCode: study.countryCode,
    wiseId: study.wiseId,
    wiseName: study.wise.name,
    agreedModel: await agreedModelOf(client, study.wiseId, study.sessionId),
    locale: study.locale,
    text: study[SECTION_COLUMN[section]],
  };
}
