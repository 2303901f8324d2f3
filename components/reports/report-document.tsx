import type { ReportSnapshot } from "@/lib/reports/snapshot";

/** Placeholder until the renderer's version is merged: headings and plain text only. */
export function ReportDocument({ snapshot }: { snapshot: ReportSnapshot }) {
  return (
    <article lang={snapshot.locale}>
      <h2 className="text-xl font-semibold">{snapshot.title}</h2>
      {snapshot.chapters.map((chapter) => (
        <section key={chapter.key} aria-labelledby={`chapter-${chapter.key}`}>
          <h3 id={`chapter-${chapter.key}`} className="mt-4 text-lg font-semibold">
            {chapter.title}
          </h3>
          {chapter.narrative && <p className="whitespace-pre-wrap">{chapter.narrative}</p>}
          {chapter.blocks.map((block, index) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: a placeholder's blocks never move
            <p key={index}>
              {block.kind === "table" || block.kind === "barChart"
                ? block.caption
                : block.kind === "facts"
                  ? block.items.map((item) => `${item.term}: ${item.description}`).join("; ")
                  : block.kind === "image"
                    ? block.altText
                    : block.text}
            </p>
          ))}
        </section>
      ))}
    </article>
  );
}
