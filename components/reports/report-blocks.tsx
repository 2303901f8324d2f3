import { ScrollRegion } from "@/components/results/scroll-region";
import type { ReportWords } from "@/lib/reports/render-words";
import type { ReportBlock } from "@/lib/reports/snapshot";

/**
 * A chapter's generated blocks on the web: tables with their caption and header cells, bar
 * charts as CSS bars with every number written beside its bar, quotes with the speaker's role,
 * photos from the case study's attachment route, a WISE's profile as a description list.
 * `caption` is the numbered caption ("Table 2: …"), `id` names the caption for its region.
 */
/** A released version of a report, by its report and number. */
export type ReleaseRef = { reportId: string; number: number };

/**
 * Where the web version loads a photo from: a release's own route (its readers may be of other
 * countries than the study), or, for a draft, the study's attachment route.
 */
function photoSource(block: Extract<ReportBlock, { kind: "image" }>, release?: ReleaseRef) {
  const attachment = encodeURIComponent(block.attachmentId);
  if (release) {
    return `/api/reports/${encodeURIComponent(release.reportId)}/releases/${release.number}/images/${attachment}`;
  }
  return block.caseStudyId
    ? `/api/case-studies/${encodeURIComponent(block.caseStudyId)}/attachments/${attachment}`
    : null;
}

export function ReportBlockView({
  block,
  caption,
  id,
  words,
  release,
}: {
  block: ReportBlock;
  caption?: string;
  id: string;
  words: ReportWords;
  release?: ReleaseRef;
}) {
  switch (block.kind) {
    case "heading":
      return <h3 className="mt-8 text-lg font-semibold">{block.text}</h3>;
    case "paragraph":
      return <p className="my-3">{block.text}</p>;
    case "table":
      return (
        <div className="my-6 break-inside-avoid">
          <ScrollRegion labelledBy={id} className="rounded-lg border border-slate-300 bg-white">
            <table className="w-full border-collapse text-left text-sm">
              <caption id={id} className="p-2 text-left font-semibold">
                {caption}
              </caption>
              <thead>
                <tr className="border-b border-slate-400 align-bottom">
                  {block.columns.map((column, index) => (
                    <th
                      // biome-ignore lint/suspicious/noArrayIndexKey: columns are fixed by position.
                      key={index}
                      scope="col"
                      className={`p-2 ${column.align === "end" ? "text-right tabular-nums" : ""}`}
                    >
                      {column.label}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {block.rows.map((row, rowIndex) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: rows are fixed by position.
                  <tr key={rowIndex} className="border-b border-slate-200 align-top">
                    {row.map((cell, index) => {
                      const align =
                        block.columns[index]?.align === "end" ? "text-right tabular-nums" : "";
                      return index === 0 ? (
                        // biome-ignore lint/suspicious/noArrayIndexKey: cells are fixed by position.
                        <th key={index} scope="row" className={`p-2 font-medium ${align}`}>
                          {words.cell(cell)}
                        </th>
                      ) : (
                        // biome-ignore lint/suspicious/noArrayIndexKey: cells are fixed by position.
                        <td key={index} className={`p-2 ${align}`}>
                          {words.cell(cell)}
                        </td>
                      );
                    })}
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollRegion>
          {block.note ? <p className="mt-2 text-sm text-slate-600">{block.note}</p> : null}
        </div>
      );
    case "barChart":
      return <BarChartView block={block} caption={caption} id={id} words={words} />;
    case "quote":
      return (
        <figure className="my-6 break-inside-avoid border-s-4 border-teal-700 ps-4">
          <blockquote className="italic">
            <p>“{block.text}”</p>
          </blockquote>
          <figcaption className="mt-1 text-sm text-slate-700">
            {words.t("ReportDocuments.speaker", { speaker: block.speaker })}
          </figcaption>
        </figure>
      );
    case "image": {
      const source = photoSource(block, release);
      if (!source) {
        return (
          <p className="my-3 text-sm text-slate-600">
            {words.t("ReportDocuments.imageNotShown", { alt: block.altText })}
          </p>
        );
      }
      return (
        <figure className="my-6 break-inside-avoid">
          {/* biome-ignore lint/performance/noImgElement: a stored attachment, served by its route as it is. */}
          <img
            src={source}
            alt={block.altText}
            loading="lazy"
            className="h-auto max-h-[28rem] max-w-full rounded"
          />
          {caption ? (
            <figcaption className="mt-2 text-sm text-slate-700">{caption}</figcaption>
          ) : null}
        </figure>
      );
    }
    case "facts":
      return (
        <dl className="my-4 grid gap-x-6 gap-y-1 sm:grid-cols-[max-content_1fr]">
          {block.items.map((item, index) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: facts are fixed by position.
            <div key={index} className="contents">
              <dt className="font-semibold">{item.term}</dt>
              <dd className="mb-2 sm:mb-0">{item.description}</dd>
            </div>
          ))}
        </dl>
      );
  }
}

/** Bars drawn with CSS against the scale's end; the bars are decoration, the numbers are text. */
function BarChartView({
  block,
  caption,
  id,
  words,
}: {
  block: Extract<ReportBlock, { kind: "barChart" }>;
  caption?: string;
  id: string;
  words: ReportWords;
}) {
  const max = block.max > 0 ? block.max : Math.max(1, ...block.bars.map((bar) => bar.value));
  return (
    <figure aria-labelledby={id} className="my-6 break-inside-avoid">
      <figcaption id={id} className="mb-2 font-semibold">
        {caption}
      </figcaption>
      <p className="mb-2 text-sm text-slate-600">
        {words.t("ReportDocuments.scale", { max: words.number(max), unit: block.unit })}
      </p>
      <ul className="space-y-2">
        {block.bars.map((bar, index) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: bars are fixed by position.
          <li key={index} className="grid gap-1 sm:grid-cols-[12rem_1fr] sm:items-center">
            <span className="text-sm">{bar.label}</span>
            <span className="flex items-center gap-2">
              <span
                aria-hidden="true"
                className="h-4 rounded-sm bg-teal-800 print:border print:border-slate-900"
                style={{ width: `${Math.min(100, Math.max(0.5, (bar.value / max) * 100)) * 0.8}%` }}
              />
              <span className="text-sm tabular-nums">{words.value(bar.value, block.unit)}</span>
            </span>
          </li>
        ))}
      </ul>
    </figure>
  );
}
