import "server-only";
import { defineCommand } from "@/lib/actions/command";
import { DomainError } from "@/lib/actions/result";
import { sessionNoteSubject } from "@/lib/audit/session-subjects";
import type { DiscussionTheme } from "@/lib/generated/prisma/enums";
import { authorizeSessionEdit } from "./authorize";
import { AddNoteSchema, NoteSchema } from "./schemas";

/** "item:<id>", "theme:<THEME>" or "GENERAL", as the note form's single subject picker sends it. */
function parseSubject(subject: string): { agendaItemId?: string; theme?: DiscussionTheme } {
  if (subject.startsWith("item:")) return { agendaItemId: subject.slice("item:".length) };
  if (subject.startsWith("theme:"))
    return { theme: subject.slice("theme:".length) as DiscussionTheme };
  return {};
}

export const addSessionNote = defineCommand({
  schema: AddNoteSchema,
  authorize: (actor, input) => authorizeSessionEdit(actor, input.sessionId),
  run: async (actor, input, tx) => {
    const subject = parseSubject(input.subject);
    if (subject.agendaItemId) {
      const item = await tx.agendaItem.findFirst({
        where: { id: subject.agendaItemId, sessionId: input.sessionId },
        select: { id: true },
      });
      if (!item) throw new DomainError(400, "agendaItemNotFound", "subject");
    }
    const note = await tx.sessionNote.create({
      data: {
        sessionId: input.sessionId,
        ...subject,
        body: input.body,
        isPublic: input.isPublic,
        authorId: actor.id,
      },
      select: { id: true },
    });
    return { noteId: note.id };
  },
  audit: {
    action: "note.add",
    subject: sessionNoteSubject,
    createdId: (_, result) => result.noteId,
  },
});

export const deleteSessionNote = defineCommand({
  schema: NoteSchema,
  authorize: (actor, input) => authorizeSessionEdit(actor, input.sessionId),
  run: async (_actor, input, tx) => {
    const deleted = await tx.sessionNote.deleteMany({
      where: { id: input.noteId, sessionId: input.sessionId },
    });
    if (deleted.count === 0) throw new DomainError(404, "noteNotFound");
    return { noteId: input.noteId };
  },
  audit: { action: "note.delete", subject: sessionNoteSubject, id: (input) => input.noteId },
});
