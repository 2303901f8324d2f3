import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ActionForm } from "@/components/ui/action-form";
import { getDateFormatter } from "@/lib/dates/reader";
import type { DiscussionTheme } from "@/lib/generated/prisma/enums";
import { deleteSessionNoteAction } from "@/lib/sessions/actions";
import { DISCUSSION_THEMES } from "@/lib/sessions/schemas";
import { AddNoteForm } from "./add-note-form";

type Note = {
  id: string;
  theme: DiscussionTheme | null;
  body: string;
  isPublic: boolean;
  createdAt: Date;
  agendaItem: { id: string; wise: { name: string } } | null;
  author: { name: string };
};

type Props = {
  sessionId: string;
  notes: Note[];
  canWrite: boolean;
  agenda: { id: string; wise: { name: string } }[];
  /** Whether the reader may mark a public note as good practice (lib/good-practices). */
  canMarkGoodPractice?: boolean;
};

/** The qualitative side of the focus group, beside the scores: notes per WISE and per theme. */
export async function NotesPanel({
  sessionId,
  notes,
  canWrite,
  agenda,
  canMarkGoodPractice = false,
}: Props) {
  const t = await getTranslations("Sessions.notes");
  const tGood = await getTranslations("GoodPractices.form");
  const dates = await getDateFormatter();
  const subjectOf = (note: Note) =>
    note.agendaItem
      ? note.agendaItem.wise.name
      : note.theme
        ? t(`themes.${note.theme}`)
        : t("general");
  return (
    <section aria-labelledby="notes-heading" className="mb-8">
      <h2 id="notes-heading" className="mb-2 text-xl font-semibold">
        {t("heading")}
      </h2>
      {notes.length === 0 ? (
        <p className="mb-3">{t("empty")}</p>
      ) : (
        <ul className="mb-4 grid gap-3">
          {notes.map((note) => (
            <li key={note.id} className="rounded-lg border border-slate-300 bg-white p-3">
              <p className="text-sm font-semibold text-slate-800">
                {subjectOf(note)} · {note.isPublic ? t("public") : t("private")}
              </p>
              <p className="mt-1 whitespace-pre-line">{note.body}</p>
              <p className="mt-1 text-sm text-slate-700">
                {note.author.name}, {dates.dateTime(note.createdAt, "medium")}
              </p>
              {canMarkGoodPractice && note.isPublic && (
                <Link
                  href={`/good-practices/new?note=${note.id}`}
                  aria-label={`${tGood("markFromNote")}: ${subjectOf(note)}`}
                  className="mr-3 inline-flex min-h-11 items-center text-teal-800 underline underline-offset-4"
                >
                  {tGood("markFromNote")}
                </Link>
              )}
              {canWrite && (
                <ActionForm
                  action={deleteSessionNoteAction}
                  fields={{ sessionId, noteId: note.id }}
                  label={t("delete")}
                  accessibleLabel={`${t("delete")}: ${subjectOf(note)}`}
                  variant="danger"
                />
              )}
            </li>
          ))}
        </ul>
      )}
      {canWrite && (
        <AddNoteForm
          sessionId={sessionId}
          subjects={[
            { value: "GENERAL", label: t("general") },
            ...agenda.map((item) => ({ value: `item:${item.id}`, label: item.wise.name })),
            ...DISCUSSION_THEMES.map((theme) => ({
              value: `theme:${theme}`,
              label: t(`themes.${theme}`),
            })),
          ]}
        />
      )}
    </section>
  );
}
