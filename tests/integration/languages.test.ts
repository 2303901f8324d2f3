import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { saveScore } from "@/lib/evaluations/mutations";
import { setCriterionWording } from "@/lib/grids/wording-mutations";
import { loadMessages } from "@/lib/i18n/messages";
import { applyMessageOverrides } from "@/lib/i18n/overrides";
import { correctText, restoreText, setLanguageStatus } from "@/lib/languages/mutations";
import { isDraftLanguage } from "@/lib/languages/queries";
import { messageAt } from "@/lib/languages/rules";
import { ensureDefaultGrid } from "@/prisma/seed-grid";
import { criterionText, LEVELS } from "../factories/grids";
import { makeSession } from "../factories/sessions";
import { makeActor } from "../factories/users";
import { resetDatabase } from "../setup/reset-db";

const [en, ro] = await Promise.all([loadMessages("en"), loadMessages("ro")]);

const TITLE = "Summaries.title";
const COUNT = "Summaries.wiseCount";

const auditOf = (action: string) =>
  db.auditEvent.findMany({ where: { action }, orderBy: { createdAt: "asc" } });

describe("a partner's correction of their language's summary texts", () => {
  beforeEach(resetDatabase);

  it("is audited and shown to readers of that language only", async () => {
    const partner = await makeActor("PARTNER", { countryCode: "RO" });
    const catalogueTitle = messageAt(ro, TITLE);
    const result = await correctText(partner, {
      locale: "ro",
      key: TITLE,
      text: "Rezumatele focus grupurilor",
    });
    expect(result).toMatchObject({ ok: true });

    const [entry] = await auditOf("text.correct");
    expect(entry).toMatchObject({
      actorId: partner.id,
      targetType: "TextCorrection",
      targetId: `ro:${TITLE}`,
      before: null,
      after: { locale: "ro", key: TITLE, text: "Rezumatele focus grupurilor" },
    });

    // Readers of Romanian get the correction; the catalogue itself is unchanged.
    const romanian = await applyMessageOverrides(ro, "ro");
    expect(messageAt(romanian, TITLE)).toBe("Rezumatele focus grupurilor");
    expect(messageAt(ro, TITLE)).toBe(catalogueTitle);
    // Readers of any other language keep their catalogue's text.
    expect(messageAt(await applyMessageOverrides(en, "en"), TITLE)).toBe(messageAt(en, TITLE));
    expect(messageAt(await applyMessageOverrides(en, "fr"), TITLE)).toBe(messageAt(en, TITLE));

    // Restoring the original is audited too, and Romanian readers see the catalogue again.
    expect(await restoreText(partner, { locale: "ro", key: TITLE })).toMatchObject({ ok: true });
    expect(await auditOf("text.restore")).toMatchObject([{ before: { text: expect.any(String) } }]);
    expect(messageAt(await applyMessageOverrides(ro, "ro"), TITLE)).toBe(catalogueTitle);
  });

  it("is refused to a partner of another language, a facilitator, and for English", async () => {
    const belgian = await makeActor("PARTNER", { countryCode: "BE" });
    const facilitator = await makeActor("FACILITATOR", { countryCode: "RO" });
    const input = { locale: "ro", key: TITLE, text: "Altceva" };
    expect(await correctText(belgian, input)).toMatchObject({ ok: false, status: 403 });
    expect(await correctText(facilitator, input)).toMatchObject({ ok: false, status: 403 });
    const admin = await makeActor("ADMIN");
    expect(await correctText(admin, { ...input, locale: "en" })).toMatchObject({
      ok: false,
      status: 400,
      fieldErrors: { locale: ["languageEnglishIsReference"] },
    });
    expect(await db.textCorrection.count()).toBe(0);
    expect(await db.auditEvent.count()).toBe(0);
  });

  it("must stay a message with the original's placeholders, said next to the field", async () => {
    const partner = await makeActor("PARTNER", { countryCode: "RO" });
    const cases: [Record<string, string>, string, string][] = [
      [{ key: COUNT, text: "{count, plural, one {# WISE}" }, "text", "textCorrectionInvalid"],
      [{ key: COUNT, text: "Câteva întreprinderi" }, "text", "textCorrectionPlaceholders"],
      [{ key: TITLE, text: "Rezumate {extra}" }, "text", "textCorrectionPlaceholders"],
      [{ key: "Nav.home", text: "Acasă" }, "key", "textCorrectionUnknownKey"],
      [{ key: TITLE, text: "   " }, "text", "textCorrectionEmpty"],
    ];
    for (const [change, field, error] of cases) {
      const result = await correctText(partner, { locale: "ro", ...change });
      expect(result, error).toMatchObject({ ok: false, status: 400 });
      if (!result.ok) expect(result.fieldErrors[field], error).toContain(error);
    }
    expect(await db.textCorrection.count()).toBe(0);
    // The same placeholder with Romanian plural forms is a good correction.
    const plural =
      "{count, plural, one {# întreprindere} few {# întreprinderi} other {# de întreprinderi}}";
    expect(await correctText(partner, { locale: "ro", key: COUNT, text: plural })).toMatchObject({
      ok: true,
    });
  });
});

describe("a language's review status", () => {
  beforeEach(resetDatabase);

  it("is draft until a partner of the language marks it reviewed; an admin may set it back", async () => {
    const partner = await makeActor("PARTNER", { countryCode: "RO" });
    const belgian = await makeActor("PARTNER", { countryCode: "BE" });
    const admin = await makeActor("ADMIN");
    expect(await isDraftLanguage("ro")).toBe(true);
    expect(await isDraftLanguage("en")).toBe(false);

    expect(await setLanguageStatus(belgian, { locale: "ro", status: "REVIEWED" })).toMatchObject({
      ok: false,
      status: 403,
    });
    expect(await isDraftLanguage("ro")).toBe(true);

    expect(await setLanguageStatus(partner, { locale: "ro", status: "REVIEWED" })).toMatchObject({
      ok: true,
    });
    expect(await isDraftLanguage("ro")).toBe(false);
    expect(await db.languageStatus.findUniqueOrThrow({ where: { locale: "ro" } })).toMatchObject({
      status: "REVIEWED",
      reviewedById: partner.id,
    });

    expect(await setLanguageStatus(admin, { locale: "ro", status: "DRAFT" })).toMatchObject({
      ok: true,
    });
    expect(await isDraftLanguage("ro")).toBe(true);
    const entries = await auditOf("language.setStatus");
    expect(entries.map((e) => [e.actorId, (e.after as { status: string }).status])).toEqual([
      [partner.id, "REVIEWED"],
      [admin.id, "DRAFT"],
    ]);
    expect(await setLanguageStatus(admin, { locale: "en", status: "REVIEWED" })).toMatchObject({
      ok: false,
      status: 400,
    });
  });
});

describe("a partner's correction of the grid wording", () => {
  beforeEach(resetDatabase);

  it("changes their language's wording even on a scored grid, audited; English stays", async () => {
    const partner = await makeActor("PARTNER", { countryCode: "RO" });
    const belgian = await makeActor("PARTNER", { countryCode: "BE" });
    const facilitator = await makeActor("FACILITATOR");
    const gridId = await ensureDefaultGrid(db);
    const { agendaItems } = await makeSession({
      facilitatorId: facilitator.id,
      gridId,
      status: "OPEN",
    });
    const turnover = await db.gridCriterion.findFirstOrThrow({ where: { code: "TURNOVER" } });
    await saveScore(facilitator, {
      agendaItemId: agendaItems[0].id,
      criterionId: turnover.id,
      answer: "LEVEL",
      level: 3,
      expectedVersion: 0,
    });
    const english = await criterionText(turnover.id, "en");
    const levels = ["Fără vânzări", "", "Vânzări regulate", "Vânzări mari", "Vânzări foarte mari"];
    const input = { criterionId: turnover.id, locale: "ro", name: "Cifra de afaceri netă", levels };

    expect(await setCriterionWording(belgian, input)).toMatchObject({ ok: false, status: 403 });
    expect(await setCriterionWording(partner, input)).toMatchObject({ ok: true });
    expect(await criterionText(turnover.id, "ro")).toEqual({
      name: "Cifra de afaceri netă",
      levels,
    });
    expect(await criterionText(turnover.id, "en")).toEqual(english);
    expect(await auditOf("grid.translateCriterion")).toMatchObject([
      { actorId: partner.id, targetType: "GridCriterion", targetId: turnover.id },
    ]);
    expect(
      await setCriterionWording(partner, { ...input, locale: "en", levels: LEVELS }),
    ).toMatchObject({ ok: false, status: 400 });
  });
});
