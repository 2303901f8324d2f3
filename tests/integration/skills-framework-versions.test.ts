import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createSkillFrameworkVersion, updateSkillText } from "@/lib/skills/framework/mutations";
import { getSkillFramework } from "@/lib/skills/framework/queries";
import { makeSession } from "../factories/sessions";
import { makeSkillFramework, makeSurvey } from "../factories/skills-surveys";
import { makeActor } from "../factories/users";
import { resetDatabase } from "../setup/reset-db";

describe("skills framework versions", () => {
  beforeEach(resetDatabase);

  it("copies a version a survey uses into N+1, wording and all, and edits only the copy", async () => {
    const admin = await makeActor("ADMIN");
    const framework = await makeSkillFramework({ name: "Skills" });
    const lead = await makeActor("FACILITATOR", { countryCode: "RO" });
    const { session } = await makeSession({ facilitatorId: lead.id });
    await makeSurvey({ sessionId: session.id, createdById: lead.id });
    const used = framework.skills.find((s) => s.group === "WORKER" && s.code === "DIGCOMP_1_1");
    if (!used) throw new Error("no worker skill");
    const edit = { skillId: used.id, locale: "ro", name: "Găsirea informațiilor" };
    expect(await updateSkillText(admin, edit)).toMatchObject({
      status: 409,
      message: "skillFrameworkInUse",
    });

    const copied = await createSkillFrameworkVersion(admin, { frameworkId: framework.id });
    if (!copied.ok) throw new Error(copied.message);
    expect(copied.data.version).toBe(2);
    const copy = await db.skill.findFirstOrThrow({
      where: { frameworkId: copied.data.frameworkId, group: "WORKER", code: "DIGCOMP_1_1" },
    });
    const saved = await updateSkillText(admin, {
      ...edit,
      skillId: copy.id,
      easyRead: "Caut lucruri pe internet.",
    });
    expect(saved).toMatchObject({ ok: true });
    const texts = await db.skillText.findMany({
      where: { skill: { code: "DIGCOMP_1_1", group: "WORKER" }, locale: "ro" },
      orderBy: { skill: { framework: { version: "asc" } } },
    });
    expect(texts.map((t) => t.name)).toEqual(["Căutarea de informații", "Găsirea informațiilor"]);
    // One entry each, the edit's with the wording before and after; the refused edit left none.
    const entries = await db.auditEvent.findMany({ orderBy: { createdAt: "asc" } });
    expect(entries.map((e) => [e.action, e.targetType])).toEqual([
      ["skillFramework.createVersion", "SkillFramework"],
      ["skillFramework.updateText", "Skill"],
    ]);
    expect(JSON.stringify(entries[1])).toContain("Găsirea informațiilor");
  });

  it("shows the reader's language, falling back to English and saying so", async () => {
    const admin = await makeActor("ADMIN");
    const framework = await makeSkillFramework();
    const detail = await getSkillFramework(admin, framework.id, "ro");
    const worker = detail?.groups.find((g) => g.group === "WORKER");
    const shown = worker?.areas.flatMap((area) => area.skills).map((s) => [s.name, s.fallback]);
    expect(shown).toEqual([
      ["WORKER own skill", true],
      ["Căutarea de informații", false],
    ]);
  });

  it("is for admins only, and refuses an unknown language and easy-read outside workers", async () => {
    const framework = await makeSkillFramework();
    const enabler = framework.skills.find(
      (s) => s.group === "ENABLER" && !s.code.startsWith("DIGCOMP"),
    );
    if (!enabler) throw new Error("no enabler skill");
    const partner = await makeActor("PARTNER", { countryCode: "RO" });
    const admin = await makeActor("ADMIN");
    const input = { skillId: enabler.id, locale: "en", name: "Strategy" };
    expect(await updateSkillText(partner, input)).toMatchObject({ status: 403 });
    expect(await createSkillFrameworkVersion(partner, { frameworkId: framework.id })).toMatchObject(
      { status: 403 },
    );
    const badLocale = await updateSkillText(admin, { ...input, locale: "xx" });
    expect(badLocale.ok ? null : badLocale.fieldErrors.locale).toEqual(["unknownLocale"]);
    const easyRead = await updateSkillText(admin, { ...input, easyRead: "Simple." });
    expect(easyRead.ok ? null : easyRead.fieldErrors.easyRead).toEqual([
      "skillEasyReadWorkersOnly",
    ]);
    const name = await db.skillText.findFirstOrThrow({
      where: { skillId: enabler.id, locale: "en" },
    });
    expect(name.name).toBe("ENABLER own skill");
    expect(await db.skillFramework.count()).toBe(1);
  });
});
