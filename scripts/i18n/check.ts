/**
 * npm run i18n:check — the catalogue check CI runs as a unit test (lib/i18n/check), printed for
 * people: every problem, then what each language still has in draft. Exits 1 on a problem.
 */
import { describeProblem } from "@/lib/i18n/check/problems";
import { runCatalogueCheck } from "@/lib/i18n/check/run-check";
import { LOCALE_INFO } from "@/lib/i18n/locales";

const { problems, drafts } = runCatalogueCheck(process.cwd());

console.log("Catalogue problems");
if (problems.length === 0) console.log("  none");
for (const problem of problems) console.log(`  ${describeProblem(problem)}`);

console.log("\nTranslation status (messages word for word English are likely untranslated)");
for (const draft of drafts) {
  const info = LOCALE_INFO[draft.locale as keyof typeof LOCALE_INFO];
  const grid =
    draft.gridIdenticalToEnglish === null
      ? "no grid file (English shown)"
      : `${draft.gridIdenticalToEnglish} grid texts as English`;
  console.log(
    `  ${draft.locale.padEnd(3)} ${info.englishName.padEnd(10)} ${draft.status.padEnd(8)} ` +
      `${String(draft.identicalToEnglish).padStart(4)} of ${draft.messages} messages as English; ${grid}`,
  );
}
process.exit(problems.length > 0 ? 1 : 0);
