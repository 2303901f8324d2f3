import { beforeAll, describe, expect, it } from "vitest";
import { flatten } from "./catalogue-files";
import { compareWithEnglish } from "./compare";
import { hasWords } from "./draft-report";
import { checkKeyUsage } from "./key-usage";
import { describeProblem } from "./problems";
import { type CheckResult, runCatalogueCheck } from "./run-check";
import { scanSource } from "./source-scan";

describe("the catalogues of this checkout", () => {
  // Parses every source file of the app once: give it time on a busy machine.
  let result: CheckResult;
  beforeAll(() => {
    result = runCatalogueCheck(process.cwd());
  }, 60_000);

  it("every language has English's keys, arguments and plural forms, and every key is used", () => {
    expect(result.problems.map(describeProblem)).toEqual([]);
  });

  it("reports per language how many messages are still English", () => {
    expect(result.drafts.map((draft) => draft.locale)).toHaveLength(13);
    expect(result.drafts.find((draft) => draft.locale === "en")?.identicalToEnglish).toBe(0);
  });
});

describe("compareWithEnglish", () => {
  const english = {
    "A.greeting": "Hello {name}",
    "A.count": "{count, plural, one {# WISE} other {# WISEs}}",
    "A.link": "Read <b>this</b>",
  };
  const kinds = (locale: string, translated: Record<string, unknown>) =>
    compareWithEnglish(locale, "a.json", english, translated).map((p) => p.kind);

  it("finds missing and extra keys", () => {
    const { "A.link": _, ...withoutLink } = english;
    expect(kinds("de", { ...withoutLink, "A.extra": "x" })).toEqual(["missing key", "extra key"]);
  });

  it("finds a message that does not parse, and arguments or tags that differ", () => {
    expect(kinds("de", { ...english, "A.greeting": "Hallo {name" })).toEqual(["does not parse"]);
    expect(kinds("de", { ...english, "A.greeting": "Hallo {nom}" })).toEqual(["arguments differ"]);
    expect(kinds("de", { ...english, "A.link": "Lies <i>das</i>" })).toEqual(["arguments differ"]);
  });

  it("asks each language for its own plural categories, once translated", () => {
    const polish = "{count, plural, one {# WISE} other {# WISE-ów}}";
    const problems = compareWithEnglish("pl", "a.json", english, { ...english, "A.count": polish });
    expect(problems.map(describeProblem)).toEqual([
      "plural category missing: pl/a.json A.count ({count} lacks few, many)",
    ]);
    // Still English word for word: untranslated, counted by the draft report instead.
    expect(kinds("pl", english)).toEqual([]);
    const romanian =
      "{count, plural, one {# întreprindere} few {# întreprinderi} other {# de întreprinderi}}";
    expect(kinds("ro", { ...english, "A.count": romanian })).toEqual([]);
  });
});

describe("checkKeyUsage", () => {
  const source = (text: string, file = "c.tsx") => scanSource(file, text);

  it("counts keys written in full or under the file's namespace, and not those in comments", () => {
    const files = [
      source(`const t = useTranslations("A"); // t("never")\n t("used"); x("B.full");`),
    ];
    const problems = checkKeyUsage(["A.used", "B.full", "A.never"], files, []);
    expect(problems.map(describeProblem)).toEqual(["unused key: A.never"]);
  });

  it("needs every template key's prefix declared, and every declared prefix in use", () => {
    // biome-ignore lint/suspicious/noTemplateCurlyInString: source code under test, with a template key
    const files = [source("const t = await getTranslations('Models'); t(`${model}.name`);")];
    expect(checkKeyUsage(["Models.X.name"], files, []).map((p) => p.kind)).toEqual([
      "dynamic key undeclared",
      "unused key",
    ]);
    const declared = [
      { prefix: "Models.", reason: "enum" },
      { prefix: "Gone.", reason: "old" },
    ];
    expect(checkKeyUsage(["Models.X.name"], files, declared).map(describeProblem)).toEqual([
      "dynamic prefix unused: Gone. (no key under it)",
    ]);
  });

  it("takes an error key written anywhere as using it", () => {
    const files = [source(`throw new DomainError(404, "sessionNotFound");`, "lib/x.ts")];
    expect(checkKeyUsage(["Errors.sessionNotFound"], files, [])).toEqual([]);
  });
});

describe("hasWords", () => {
  it("ignores messages that are only placeholders and punctuation", () => {
    expect(hasWords("{name} · {role}")).toBe(false);
    expect(hasWords("—")).toBe(false);
    expect(hasWords("{count, plural, one {#} other {#}}")).toBe(false);
    expect(hasWords("{count, plural, one {# WISE} other {# WISEs}}")).toBe(true);
    expect(hasWords("Sign in")).toBe(true);
  });
});

describe("flatten", () => {
  it("checks each of a criterion's level texts on its own", () => {
    expect(flatten({ REVENUES: { name: "Revenues", levels: ["low", "high"] } })).toEqual({
      "REVENUES.name": "Revenues",
      "REVENUES.levels.0": "low",
      "REVENUES.levels.1": "high",
    });
  });
});
