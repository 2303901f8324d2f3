/** Public notes as the facilitator wrote them; they carry no id in a summary and never reorder. */
export function NoteList({ notes, className = "" }: { notes: string[]; className?: string }) {
  return (
    <ul className={`grid gap-2 ${className}`}>
      {notes.map((note, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: see above
        <li key={index} className="max-w-prose whitespace-pre-line break-words">
          {note}
        </li>
      ))}
    </ul>
  );
}
