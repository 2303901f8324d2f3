import type { PageWeight } from "./measure-page";

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

/**
 * One line a page: its script files and inline payload, gzip (the figure held against the target)
 * and brotli; then what every measured page shares (React, Next's router and runtime, next-intl),
 * which no page can shed, so that a reader sees how much of the budget is the app's own.
 */
export function printWeights(
  results: [string, PageWeight][],
  options: { targetKb: number; locale: string; details: boolean },
): void {
  const { targetKb, locale, details } = options;
  console.log(
    `\nCompressed JavaScript per phone page, language ${locale}; target under ${targetKb} KB (gzip)\n`,
  );
  console.log(
    `${"page".padEnd(22)}${"files".padStart(6)}${"scripts gzip".padStart(14)}${"inline gzip".padStart(13)}${"total gzip".padStart(12)}${"total brotli".padStart(14)}  target`,
  );
  for (const [name, weight] of results) {
    const gzip = weight.filesGzip + weight.inlineGzip;
    const brotli = weight.filesBrotli + weight.inlineGzip;
    console.log(
      `${name.padEnd(22)}${String(weight.files).padStart(6)}${kb(weight.filesGzip).padStart(14)}${kb(weight.inlineGzip).padStart(13)}${kb(gzip).padStart(12)}${kb(brotli).padStart(14)}  ${gzip < targetKb * 1024 ? "met" : "missed"}`,
    );
    if (details) {
      for (const file of weight.details)
        console.log(`    ${kb(file.gzip).padStart(9)}  ${file.url}`);
    }
  }
  const onEveryPage = (url: string) =>
    results.every(([, weight]) => weight.details.some((file) => file.url === url));
  const shared = (results[0]?.[1].details ?? []).filter((file) => onEveryPage(file.url));
  const sharedBytes = shared.reduce((sum, file) => sum + file.gzip, 0);
  console.log(
    `\nShared by every page above (framework: React, Next's router, next-intl): ${kb(sharedBytes)} gzip in ${shared.length} files.`,
  );
  console.log(
    "Inline: React's server payload, with the messages the page's client components get.",
  );
}
