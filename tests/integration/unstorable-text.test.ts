import { beforeEach, describe, expect, it } from "vitest";
import { controlLive } from "@/lib/live/mutations";
import { createOrganisation } from "@/lib/organisations/mutations";
import { previewWiseImport } from "@/lib/wises/import-preview";
import { makeActor, rowCounts } from "../factories/users";
import { resetDatabase } from "../setup/reset-db";

/**
 * Text with a NUL byte passes zod's string checks, and PostgreSQL refuses it in any statement.
 * Found by tests/e2e/fuzz.spec.ts as 500s; such input is bad input: 400, nothing written.
 */
describe("a NUL byte in what a command stores or looks up", () => {
  beforeEach(resetDatabase);

  it("is refused as invalid input by a command, which writes nothing", async () => {
    const admin = await makeActor("ADMIN");
    const before = await rowCounts();
    const result = await createOrganisation(admin, { name: "Atelier\u0000", countryCode: "RO" });
    expect(result).toMatchObject({ ok: false, status: 400, message: "invalidInput" });
    expect(await rowCounts()).toEqual(before);
  });

  it("is refused when it only reaches a lookup (a live session id)", async () => {
    const admin = await makeActor("ADMIN");
    const result = await controlLive(admin, { sessionId: "cm\u0000x", action: "start" });
    expect(result).toMatchObject({ ok: false, status: 400 });
  });

  it("is refused by the import preview, which reads the database with the file's cells", async () => {
    const admin = await makeActor("ADMIN");
    const file = new TextEncoder().encode("name,country\nAtelier\u0000,RO\n");
    const preview = await previewWiseImport(admin, { name: "r.csv", bytes: file });
    expect(preview).toMatchObject({ ok: false, status: 400, message: "importUnreadable" });
  });
});
