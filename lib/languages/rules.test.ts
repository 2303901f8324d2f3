import { describe, expect, it } from "vitest";
import { loadMessages } from "@/lib/i18n/messages";
import {
  correctableMessages,
  correctionProblem,
  isCorrectableKey,
  messageAt,
  withCorrections,
} from "./rules";

const [en, ro] = await Promise.all([loadMessages("en"), loadMessages("ro")]);

describe("correctionProblem", () => {
  it("accepts a reworded text with the same placeholders, plural forms included", () => {
    expect(correctionProblem("{count} WISEs", "{count} întreprinderi")).toBeNull();
    expect(
      correctionProblem(
        "{count, plural, one {# WISE} other {# WISEs}}",
        "{count, plural, one {# întreprindere} few {# întreprinderi} other {# de întreprinderi}}",
      ),
    ).toBeNull();
    expect(correctionProblem("Read <link>more</link>", "Citiți <link>mai mult</link>")).toBeNull();
  });

  it("refuses a text that is not a message", () => {
    expect(correctionProblem("{count} WISEs", "{count WISEs")).toBe("textCorrectionInvalid");
    expect(correctionProblem("{n, plural, other {#}}", "{n, plural, one {#}}")).toBe(
      "textCorrectionInvalid",
    );
  });

  it("refuses a placeholder dropped, added or renamed", () => {
    expect(correctionProblem("{count} WISEs in {country}", "{count} WISEs")).toBe(
      "textCorrectionPlaceholders",
    );
    expect(correctionProblem("WISEs", "{count} WISEs")).toBe("textCorrectionPlaceholders");
    expect(correctionProblem("{count} WISEs", "{număr} WISEs")).toBe("textCorrectionPlaceholders");
    expect(correctionProblem("<link>more</link>", "more")).toBe("textCorrectionPlaceholders");
  });
});

describe("correctable messages", () => {
  it("are the summaries' texts, easy-read included, and nothing else", () => {
    const keys = correctableMessages(en).map((message) => message.key);
    expect(keys).toContain("Summaries.title");
    expect(keys.some((key) => key.startsWith("Summaries.easy."))).toBe(true);
    expect(keys.every((key) => key.startsWith("Summaries."))).toBe(true);
    expect(isCorrectableKey(en, "Summaries.title")).toBe(true);
    expect(isCorrectableKey(en, "Nav.home")).toBe(false);
    expect(isCorrectableKey(en, "Summaries.nothingHere")).toBe(false);
    expect(isCorrectableKey(en, "Summaries.easy")).toBe(false);
  });
});

describe("withCorrections", () => {
  it("replaces the corrected messages in a copy and leaves the catalogue as it was", () => {
    const title = messageAt(ro, "Summaries.title");
    const corrected = withCorrections(ro, [
      { key: "Summaries.title", text: "Rezumate corectate" },
      { key: "Summaries.gone.key", text: "ignored" },
    ]);
    expect(messageAt(corrected, "Summaries.title")).toBe("Rezumate corectate");
    expect(messageAt(corrected, "Summaries.gone.key")).toBeNull();
    expect(messageAt(ro, "Summaries.title")).toBe(title);
    expect(messageAt(corrected, "Nav.home")).toBe(messageAt(ro, "Nav.home"));
  });
});
