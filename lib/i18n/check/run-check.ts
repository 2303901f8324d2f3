import { LOCALE_INFO, LOCALES } from "../locales";
import { type FlatMessages, readGridTexts, readInterfaceFiles } from "./catalogue-files";
import { compareWithEnglish } from "./compare";
import { type DraftReport, draftReport } from "./draft-report";
import { DYNAMIC_KEY_PREFIXES } from "./dynamic-keys";
import { parseMessage } from "./icu";
import { checkKeyUsage } from "./key-usage";
import type { Problem } from "./problems";
import { scanSources } from "./source-scan";

export type CheckResult = { problems: Problem[]; drafts: DraftReport[] };

function englishProblems(files: Map<string, FlatMessages>): Problem[] {
  return [...files].flatMap(([file, messages]) =>
    Object.entries(messages).flatMap(([key, message]): Problem[] => {
      if (typeof message !== "string")
        return [{ kind: "not a message", where: `en/${file} ${key}` }];
      const parsed = parseMessage(message);
      return parsed.ok
        ? []
        : [{ kind: "does not parse", where: `en/${file} ${key}`, detail: parsed.error }];
    }),
  );
}

/** The whole catalogue check over a checkout: every language against English, and English against the code. */
export function runCatalogueCheck(root: string): CheckResult {
  const english = readInterfaceFiles(root, "en");
  const englishGrid = readGridTexts(root, "en");
  const problems: Problem[] = englishProblems(english);
  const drafts: DraftReport[] = [];
  for (const locale of LOCALES) {
    const files = readInterfaceFiles(root, locale);
    for (const [file, messages] of english) {
      const translated = files.get(file);
      if (!translated) problems.push({ kind: "missing file", where: `${locale}/${file}` });
      else problems.push(...compareWithEnglish(locale, file, messages, translated));
    }
    for (const file of files.keys()) {
      if (!english.has(file)) problems.push({ kind: "extra file", where: `${locale}/${file}` });
    }
    const grid = readGridTexts(root, locale);
    if (grid && englishGrid) {
      problems.push(...compareWithEnglish(locale, "grid texts", englishGrid, grid));
    }
    drafts.push(draftReport(locale, LOCALE_INFO[locale].status, english, files, englishGrid, grid));
  }
  const keys = [...english.values()].flatMap((messages) => Object.keys(messages));
  problems.push(...checkKeyUsage(keys, scanSources(root), DYNAMIC_KEY_PREFIXES));
  return { problems, drafts };
}
