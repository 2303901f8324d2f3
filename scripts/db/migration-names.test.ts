import { describe, expect, it } from "vitest";
import { migrationDirectoryName, normalizeMigrationName, planMigrations } from "./migration-names";

describe("migration names", () => {
  it("turns a human name into a folder-safe one", () => {
    expect(normalizeMigrationName("Add score table")).toBe("add_score_table");
    expect(normalizeMigrationName("  session-notes: public/private ")).toBe(
      "session_notes_public_private",
    );
    expect(normalizeMigrationName("Evaluări și scoruri")).toBe("evaluari_si_scoruri");
  });

  it("refuses a name with nothing usable in it", () => {
    expect(() => normalizeMigrationName(" -- ")).toThrow(/not a usable migration name/);
    expect(() => normalizeMigrationName("")).toThrow(/not a usable migration name/);
  });

  it("prefixes the UTC time so that folders sort in creation order", () => {
    const at = new Date(Date.UTC(2026, 0, 2, 3, 4, 5));
    expect(migrationDirectoryName("init", at)).toBe("20260102030405_init");
    const later = migrationDirectoryName("init", new Date(Date.UTC(2026, 0, 10, 0, 0, 0)));
    expect([later, migrationDirectoryName("init", at)].sort()[0]).toBe("20260102030405_init");
  });

  it("refuses a folder name longer than Prisma's 200 bytes", () => {
    const at = new Date(Date.UTC(2026, 0, 2));
    expect(migrationDirectoryName("a".repeat(185), at)).toHaveLength(200);
    expect(() => migrationDirectoryName("a".repeat(186), at)).toThrow(/too long/);
  });
});

describe("planning a deploy", () => {
  it("keeps local order for pending migrations and reports ones only the database knows", () => {
    const plan = planMigrations(["1_a", "2_b", "3_c"], new Set(["1_a", "0_gone"]));
    expect(plan).toEqual({ pending: ["2_b", "3_c"], unknown: ["0_gone"] });
  });
});
