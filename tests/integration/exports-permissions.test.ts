import { beforeEach, describe, expect, it } from "vitest";
import { ForbiddenError } from "@/lib/auth/permissions";
import { getSessionBundle } from "@/lib/bundles/queries";
import { db } from "@/lib/db";
import { authorizeSessionExport } from "@/lib/exports/access";
import { EXPORT_DATASETS, parseExportRequest } from "@/lib/exports/datasets";
import { buildSessionExport } from "@/lib/exports/export";
import { setUpScoredSession } from "../factories/exports";
import { addMember } from "../factories/sessions";
import { makeActor, makeOrganisation } from "../factories/users";
import { resetDatabase } from "../setup/reset-db";

const OPTIONS = { locale: "en" as const, timeZone: "Europe/Bucharest" };

async function partnerOf(countryCode: string) {
  const organisation = await makeOrganisation({ countryCode });
  return makeActor("PARTNER", { countryCode, organisationId: organisation.id });
}

describe("who may export a session", () => {
  beforeEach(resetDatabase);

  it("a partner of another country gets 403 for every file and the bundle, the country's partner gets them", async () => {
    const { session } = await setUpScoredSession("PUBLISHED");
    const belgian = await partnerOf("BE");
    const romanian = await partnerOf("RO");
    for (const dataset of [...EXPORT_DATASETS, "bundle" as const]) {
      await expect(authorizeSessionExport(belgian, session.id, dataset)).rejects.toThrow(
        ForbiddenError,
      );
      await expect(authorizeSessionExport(romanian, session.id, dataset)).resolves.not.toBeNull();
    }
    await expect(
      buildSessionExport(belgian, session.id, { dataset: "raw", format: "csv" }, OPTIONS),
    ).rejects.toThrow(ForbiddenError);
    await expect(getSessionBundle(belgian, session.id)).rejects.toThrow(ForbiddenError);
    const file = await buildSessionExport(
      romanian,
      session.id,
      { dataset: "report", format: "pdf" },
      OPTIONS,
    );
    expect(file?.contentType).toBe("application/pdf");
  });

  it("a participant may download the published summary but not the results", async () => {
    const { participants, session } = await setUpScoredSession("CLOSED");
    const [participant] = participants;
    await expect(authorizeSessionExport(participant, session.id, "raw")).rejects.toThrow(
      ForbiddenError,
    );
    // Not published yet: no summary either.
    await expect(authorizeSessionExport(participant, session.id, "summary")).rejects.toThrow(
      ForbiddenError,
    );
    await db.focusGroupSession.update({ where: { id: session.id }, data: { status: "PUBLISHED" } });
    await expect(
      authorizeSessionExport(participant, session.id, "summary"),
    ).resolves.not.toBeNull();
    await expect(authorizeSessionExport(participant, session.id, "report")).rejects.toThrow(
      ForbiddenError,
    );
  });

  it("a co-facilitator and an admin may, a facilitator of other sessions may not", async () => {
    const { session } = await setUpScoredSession("CLOSED");
    const coFacilitator = await makeActor("FACILITATOR");
    await addMember(session.id, coFacilitator.id, "CO_FACILITATOR");
    const stranger = await makeActor("FACILITATOR");
    const admin = await makeActor("ADMIN");
    await expect(authorizeSessionExport(coFacilitator, session.id, "raw")).resolves.not.toBeNull();
    await expect(authorizeSessionExport(admin, session.id, "bundle")).resolves.not.toBeNull();
    await expect(authorizeSessionExport(stranger, session.id, "raw")).rejects.toThrow(
      ForbiddenError,
    );
  });

  it("nobody downloads the results of a draft, not even its facilitator", async () => {
    const { facilitator, session } = await setUpScoredSession("DRAFT");
    await expect(authorizeSessionExport(facilitator, session.id, "aggregates")).rejects.toThrow(
      ForbiddenError,
    );
  });

  it("a session that does not exist is not found (404), whoever asks", async () => {
    const admin = await makeActor("ADMIN");
    await expect(authorizeSessionExport(admin, "no-such-session", "raw")).resolves.toBeNull();
    await expect(
      buildSessionExport(admin, "no-such-session", { dataset: "raw", format: "csv" }, OPTIONS),
    ).resolves.toBeNull();
    await expect(getSessionBundle(admin, "no-such-session")).resolves.toBeNull();
  });

  it("asks for a known dataset in one of its formats, and says what to ask for otherwise (400)", () => {
    const parse = (query: string) => parseExportRequest(new URLSearchParams(query));
    expect(parse("dataset=raw&format=xlsx")).toEqual({
      ok: true,
      request: { dataset: "raw", format: "xlsx" },
    });
    expect(parse("dataset=summary&format=pdf")).toEqual({
      ok: true,
      request: { dataset: "summary", format: "pdf" },
    });
    expect(parse("dataset=raw&format=pdf")).toEqual({
      ok: false,
      problem: 'The raw dataset comes as csv or xlsx, not "pdf".',
    });
    expect(parse("dataset=report&format=csv")).toEqual({
      ok: false,
      problem: 'The report dataset comes as pdf, not "csv".',
    });
    // Before, any dataset the dispatch did not know fell through to the results report.
    expect(parse("dataset=everything&format=pdf")).toEqual({
      ok: false,
      problem: 'Unknown dataset "everything": ask for one of raw, aggregates, report, summary.',
    });
    expect(parse("dataset=toString&format=pdf").ok).toBe(false);
    expect(parse("")).toEqual({
      ok: false,
      problem: 'Unknown dataset "": ask for one of raw, aggregates, report, summary.',
    });
  });
});
