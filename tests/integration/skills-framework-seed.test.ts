import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { LOCALES } from "@/lib/i18n/locales";
import { SKILL_FRAMEWORK } from "@/lib/skills/framework/definition";
import { ensureSkillFramework } from "@/prisma/seed-skills";
import { resetDatabase } from "../setup/reset-db";

async function snapshot() {
  const [frameworks, skills, texts] = await Promise.all([
    db.skillFramework.findMany({ orderBy: { id: "asc" } }),
    db.skill.findMany({ orderBy: { id: "asc" } }),
    db.skillText.findMany({ orderBy: [{ skillId: "asc" }, { locale: "asc" }] }),
  ]);
  return { frameworks, skills, texts };
}

describe("the skills framework seed", () => {
  beforeEach(resetDatabase);

  it("creates every group's skills with English and Romanian wording", async () => {
    const id = await ensureSkillFramework(db);
    const perGroup = await db.skill.groupBy({
      by: ["group"],
      where: { frameworkId: id },
      _count: true,
      orderBy: { group: "asc" },
    });
    expect(perGroup.map((row) => [row.group, row._count])).toEqual([
      ["ENABLER", 11 + 21],
      ["SUPPORTER", 11 + 21],
      ["WORKER", 12 + 21],
    ]);
    expect(await db.skillText.count({ where: { locale: "en" } })).toBe(
      SKILL_FRAMEWORK.skills.length,
    );
    expect(await db.skillText.count({ where: { locale: "ro" } })).toBe(
      SKILL_FRAMEWORK.skills.length,
    );
    const searching = await db.skillText.findFirstOrThrow({
      where: { locale: "ro", skill: { code: "DIGCOMP_1_1", group: "WORKER" } },
    });
    expect(searching.easyRead).toBe("Pot găsi lucruri pe internet.");
  });

  it("changes nothing when run a second time", async () => {
    const first = await ensureSkillFramework(db);
    const before = await snapshot();
    const second = await ensureSkillFramework(db);
    expect(second).toBe(first);
    expect(await snapshot()).toEqual(before);
  });

  it("keeps an admin's edit of the wording, and adds a language that was missing", async () => {
    const id = await ensureSkillFramework(db);
    const skill = await db.skill.findFirstOrThrow({
      where: { frameworkId: id, code: "ENABLER_STRATEGY" },
    });
    await db.skillText.update({
      where: { skillId_locale: { skillId: skill.id, locale: "en" } },
      data: { name: "Strategy (edited)" },
    });
    await db.skillText.deleteMany({ where: { locale: "ro" } });
    await ensureSkillFramework(db);
    const texts = await db.skillText.findMany({
      where: { skillId: skill.id },
      orderBy: { locale: "asc" },
    });
    const byLocale = new Map(texts.map((t) => [t.locale, t.name]));
    expect(byLocale.get("en")).toBe("Strategy (edited)");
    expect(byLocale.get("ro")).toBe("Stabilirea obiectivelor și a strategiei întreprinderii");
    // Every language with a texts file keeps its row.
    expect(byLocale.size).toBe(LOCALES.length);
  });
});
