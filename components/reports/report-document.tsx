import { parseMarkdown } from "@/lib/reports/markdown";
import { defaultTimeZone } from "@/lib/reports/render-images";
import {
  captionCounter,
  chapterAnchor,
  type ReportWords,
  reportWords,
} from "@/lib/reports/render-words";
import type { ReportBlock, ReportSnapshot } from "@/lib/reports/snapshot";
import { MarkdownBlocks } from "./markdown-blocks";
import { type ReleaseRef, ReportBlockView } from "./report-blocks";

/**
 * A report's web version, drawn from its snapshot only: the title, a table of contents linking
 * to each chapter, then the chapters (the partner's narrative from its Markdown tree, then the
 * generated blocks). In the report's language, marked with `lang`, whatever the page around it
 * speaks. Tables, figures and their numbers are the PDF's and the DOCX's.
 */
export async function ReportDocument({
  snapshot,
  release,
  titleAs = "h1",
}: {
  snapshot: ReportSnapshot;
  /** A released version: its photos come through the release (readable by all its readers). */
  release?: ReleaseRef;
  /** "p" inside a page whose own h1 already names the report: one h1 per page. */
  titleAs?: TitleTag;
}) {
  const words = await reportWords(snapshot, { timeZone: await defaultTimeZone() });
  return <ReportView snapshot={snapshot} words={words} release={release} titleAs={titleAs} />;
}

type TitleTag = "h1" | "p";

type NumberedBlock = { block: ReportBlock; caption?: string; id: string };

/** Each block with its numbered caption, counted through the report as the documents count. */
function numberBlocks(snapshot: ReportSnapshot, words: ReportWords): NumberedBlock[][] {
  const captions = captionCounter(words);
  return snapshot.chapters.map((chapter, chapterIndex) =>
    chapter.blocks.map((block, index) => {
      const id = `report-block-${chapterIndex}-${index}`;
      if (block.kind === "table") return { block, id, caption: captions.table(block.caption) };
      if (block.kind === "barChart") return { block, id, caption: captions.figure(block.caption) };
      if (block.kind === "image" && block.caption) {
        return { block, id, caption: captions.figure(block.caption) };
      }
      return { block, id };
    }),
  );
}

export function ReportView({
  snapshot,
  words,
  release,
  titleAs: Title = "h1",
}: {
  snapshot: ReportSnapshot;
  words: ReportWords;
  release?: ReleaseRef;
  titleAs?: TitleTag;
}) {
  const numbered = numberBlocks(snapshot, words);
  return (
    <article lang={words.locale} className="mx-auto max-w-3xl break-words text-slate-900">
      <header className="mb-8">
        <Title className="text-2xl font-bold sm:text-3xl">{snapshot.title}</Title>
        {words.subtitle.map((line) => (
          <p key={line} className="mt-1 text-slate-600">
            {line}
          </p>
        ))}
      </header>
      <nav
        aria-labelledby="report-contents"
        className="mb-10 rounded-lg border border-slate-300 p-4 print:border-0 print:p-0"
      >
        <h2 id="report-contents" className="text-lg font-semibold">
          {words.t("ReportDocuments.contents")}
        </h2>
        <ol className="mt-2 list-decimal space-y-1 ps-6">
          {snapshot.chapters.map((chapter) => (
            <li key={chapter.key}>
              <a href={`#${chapterAnchor(chapter.key)}`} className="underline">
                {chapter.title}
              </a>
            </li>
          ))}
        </ol>
      </nav>
      {snapshot.chapters.map((chapter, chapterIndex) => (
        <section
          key={chapter.key}
          id={chapterAnchor(chapter.key)}
          aria-labelledby={`${chapterAnchor(chapter.key)}-heading`}
          className="mb-12 scroll-mt-4 print:break-before-page"
        >
          <h2
            id={`${chapterAnchor(chapter.key)}-heading`}
            className="border-b border-slate-300 pb-1 text-xl font-semibold break-after-avoid"
          >
            {chapter.title}
          </h2>
          {chapter.narrative ? <MarkdownBlocks blocks={parseMarkdown(chapter.narrative)} /> : null}
          {numbered[chapterIndex]?.map(({ block, caption, id }) => (
            <ReportBlockView
              key={id}
              block={block}
              caption={caption}
              id={id}
              words={words}
              release={release}
            />
          ))}
          {!chapter.narrative && chapter.blocks.length === 0 ? (
            <p className="my-3 text-slate-600">{words.t("ReportDocuments.emptyChapter")}</p>
          ) : null}
        </section>
      ))}
    </article>
  );
}
