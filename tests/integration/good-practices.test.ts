import { beforeEach, describe, expect, inject, it } from "vitest";
import { db } from "@/lib/db";
import {
  createGoodPractice,
  publishGoodPractice,
  updateGoodPractice,
} from "@/lib/good-practices/mutations";
import {
  getPublishedGoodPractice,
  goodPracticesForReport,
  prefillFromCaseStudy,
  prefillFromNote,
  searchGoodPractices,
} from "@/lib/good-practices/queries";
import { type LibraryFilter, parseLibraryFilter } from "@/lib/good-practices/schemas";
import { getPersonalData } from "@/lib/users/personal-data-queries";
import { seedIfEmpty } from "../../prisma/seed";
import { makeGoodPractice, makeNote, practiceForm } from "../factories/good-practices";
import { makeSession } from "../factories/sessions";
import { asActor, makeActor } from "../factories/users";
import { resetDatabase } from "../setup/reset-db";

beforeEach(resetDatabase);

const filter = (params: Record<string, string> = {}): LibraryFilter => parseLibraryFilter(params);

async function titlesFound(params: Record<string, string>) {
  const reader = await makeActor("PARTICIPANT");
  const { items } = await searchGoodPractices({ signedIn: reader }, filter(params));
  return items.map((item) => item.title).sort();
}

async function writes() {
  const [items, audit] = await Promise.all([db.goodPractice.count(), db.auditEvent.count()]);
  return { items, audit };
}

describe("the library's search ignores accents and case", () => {
  beforeEach(async () => {
    const author = await makeActor("PARTNER", { countryCode: "RO" });
    await makeGoodPractice({
      authorId: author.id,
      title: "Brutăria socială din Timișoara",
      practice: "Fiecare lucrător nou are un mentor în primele trei luni.",
    });
    await makeGoodPractice({
      authorId: author.id,
      countryCode: "GR",
      title: "Ψηφιακή εργασία στο εργαστήριο",
      practice: "Οι εργαζόμενοι μαθαίνουν με ταμπλέτες.",
    });
  });

  it("finds Romanian text typed without ș, ț, ă or with capitals", async () => {
    expect(await titlesFound({ q: "timisoara" })).toEqual(["Brutăria socială din Timișoara"]);
    expect(await titlesFound({ q: "BRUTARIA sociala" })).toEqual([
      "Brutăria socială din Timișoara",
    ]);
    expect(await titlesFound({ q: "lucrator mentor" })).toEqual(["Brutăria socială din Timișoara"]);
  });

  it("finds text written without accents by a search typed with them", async () => {
    const author = await makeActor("PARTNER", { countryCode: "RO" });
    await makeGoodPractice({ authorId: author.id, title: "Croitorie in Iasi" });
    expect(await titlesFound({ q: "Iași" })).toEqual(["Croitorie in Iasi"]);
    expect(await titlesFound({ q: "ΕΡΓΑΣΊΑ" })).toEqual(["Ψηφιακή εργασία στο εργαστήριο"]);
  });

  it("finds Greek text typed without tonos or in capitals, but not transliterated", async () => {
    expect(await titlesFound({ q: "εργασια" })).toEqual(["Ψηφιακή εργασία στο εργαστήριο"]);
    expect(await titlesFound({ q: "ΨΗΦΙΑΚΗ" })).toEqual(["Ψηφιακή εργασία στο εργαστήριο"]);
    expect(await titlesFound({ q: "ergasia" })).toEqual([]);
  });

  it("searches the text as edited, not as first written", async () => {
    const partner = await makeActor("PARTNER", { countryCode: "RO" });
    const item = await db.goodPractice.findFirstOrThrow({ where: { countryCode: "RO" } });
    const saved = await updateGoodPractice(partner, {
      ...practiceForm({ title: "Atelier de croitorie din Cluj" }),
      goodPracticeId: item.id,
      version: String(item.version),
    });
    expect(saved.ok).toBe(true);
    expect(await titlesFound({ q: "cluj" })).toEqual(["Atelier de croitorie din Cluj"]);
    expect(await titlesFound({ q: "timisoara" })).toEqual([]);
  });
});

describe("the library's filters", () => {
  it("combine with each other and with the search, and count every match", async () => {
    const author = await makeActor("ADMIN");
    await makeGoodPractice({
      authorId: author.id,
      title: "RO placement with coaches",
      models: ["PLACEMENT"],
      staffGroups: ["SUPPORTER"],
      skillAreas: ["SUPPORT"],
    });
    await makeGoodPractice({
      authorId: author.id,
      title: "RO placement for managers",
      models: ["PLACEMENT"],
      staffGroups: ["ENABLER"],
      skillAreas: ["MANAGEMENT"],
    });
    await makeGoodPractice({
      authorId: author.id,
      countryCode: "BE",
      title: "BE placement with coaches",
      models: ["PLACEMENT", "PRODUCTIVE"],
      staffGroups: ["SUPPORTER"],
      skillAreas: ["SUPPORT"],
    });
    expect(await titlesFound({ model: "PLACEMENT" })).toHaveLength(3);
    expect(await titlesFound({ model: "PLACEMENT", group: "SUPPORTER" })).toEqual([
      "BE placement with coaches",
      "RO placement with coaches",
    ]);
    expect(await titlesFound({ model: "PLACEMENT", group: "SUPPORTER", country: "ro" })).toEqual([
      "RO placement with coaches",
    ]);
    expect(await titlesFound({ area: "MANAGEMENT", q: "coaches" })).toEqual([]);
    expect(await titlesFound({ model: "PRODUCTIVE", area: "SUPPORT" })).toEqual([
      "BE placement with coaches",
    ]);
    // A value that is no tag is ignored rather than an error: the address may be old or typed.
    expect(await titlesFound({ model: "NOT_A_MODEL" })).toHaveLength(3);
  });

  it("pages through the matches, twenty at a time, with the total", async () => {
    const author = await makeActor("ADMIN");
    for (let n = 1; n <= 23; n++) {
      await makeGoodPractice({ authorId: author.id, title: `Practice ${n}` });
    }
    const reader = await makeActor("PARTICIPANT");
    const first = await searchGoodPractices({ signedIn: reader }, filter());
    const second = await searchGoodPractices({ signedIn: reader }, filter({ page: "2" }));
    expect(first.total).toBe(23);
    expect(first.items).toHaveLength(20);
    expect(second.items).toHaveLength(3);
    const seen = new Set([...first.items, ...second.items].map((item) => item.id));
    expect(seen.size).toBe(23);
  });
});

describe("marking a focus-group note as good practice", () => {
  async function romanianNote(isPublic = true) {
    const lead = await makeActor("FACILITATOR", { countryCode: "RO" });
    const { session, agendaItems } = await makeSession({ facilitatorId: lead.id });
    const item = agendaItems[0];
    if (!item) throw new Error("the session has an agenda item");
    await db.classification.create({
      data: { agendaItemId: item.id, suggestion: {}, agreedModel: "ONE_STOP_SHOP" },
    });
    const note = await makeNote({
      sessionId: session.id,
      authorId: lead.id,
      agendaItemId: item.id,
      body: "The bakery pairs each new worker with a mentor.\nIt works.",
      isPublic,
    });
    return { lead, note, wiseId: item.wiseId };
  }

  it("starts from the note's text and the WISE's agreed model, and keeps the session's country", async () => {
    const { lead, note, wiseId } = await romanianNote();
    const prefill = await prefillFromNote(lead, note.id);
    expect(prefill.title).toBe("The bakery pairs each new worker with a mentor.");
    expect(prefill.models).toEqual(["ONE_STOP_SHOP"]);
    const result = await createGoodPractice(lead, practiceForm({ sessionNoteId: note.id }));
    if (!result.ok) throw new Error(result.message);
    const saved = await db.goodPractice.findUniqueOrThrow({
      where: { id: result.data.goodPracticeId },
    });
    expect(saved).toMatchObject({
      countryCode: "RO",
      wiseId,
      sessionNoteId: note.id,
      authorId: lead.id,
      staffGroups: ["SUPPORTER", "WORKER"],
      publishedAt: null,
    });
    const entry = await db.auditEvent.findFirstOrThrow({ where: { targetId: saved.id } });
    expect(entry.action).toBe("goodPractice.create");
  });

  it("refuses a private note, and a note of a session the marker may not read, writing nothing", async () => {
    const { lead, note } = await romanianNote(false);
    const before = await writes();
    const privateNote = await createGoodPractice(lead, practiceForm({ sessionNoteId: note.id }));
    expect(privateNote).toMatchObject({ ok: false, status: 400 });
    const belgian = await makeActor("PARTNER", { countryCode: "BE" });
    await db.sessionNote.update({ where: { id: note.id }, data: { isPublic: true } });
    const abroad = await createGoodPractice(belgian, practiceForm({ sessionNoteId: note.id }));
    expect(abroad).toMatchObject({ ok: false, status: 404 });
    expect(await writes()).toEqual(before);
  });

  it("refuses bad input field by field, writing nothing", async () => {
    const { lead, note } = await romanianNote();
    const before = await writes();
    const result = await createGoodPractice(
      lead,
      practiceForm({ sessionNoteId: note.id, title: "  ", models: "NOT_A_MODEL", locale: "xx" }),
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.status).toBe(400);
    expect(Object.keys(result.fieldErrors).sort()).toEqual(["locale", "models.0", "title"]);
    const noSource = await createGoodPractice(lead, practiceForm());
    expect(noSource).toMatchObject({ ok: false, status: 400 });
    expect(await writes()).toEqual(before);
  });
});

describe("marking a case-study section as good practice", () => {
  it("reads the section's text from the study, for readers of the study only", async () => {
    const partner = await makeActor("PARTNER", { countryCode: "RO" });
    const wise = await db.wise.create({ data: { name: "Atelierul de Pâine", countryCode: "RO" } });
    const study = await db.caseStudy.create({
      data: {
        wiseId: wise.id,
        countryCode: "RO",
        locale: "ro",
        authorId: partner.id,
        pathwayOut: "Lucrătorii fac stagii la brutăriile partenere.",
      },
    });
    const prefill = await prefillFromCaseStudy(partner, study.id, "PATHWAY_OUT");
    expect(prefill).toMatchObject({
      practice: "Lucrătorii fac stagii la brutăriile partenere.",
      locale: "ro",
    });
    const belgian = await makeActor("PARTNER", { countryCode: "BE" });
    await expect(prefillFromCaseStudy(belgian, study.id, "PATHWAY_OUT")).rejects.toMatchObject({
      status: 404,
    });
    const result = await createGoodPractice(
      partner,
      practiceForm({ caseStudyId: study.id, caseStudySection: "PATHWAY_OUT" }),
    );
    if (!result.ok) throw new Error(result.message);
    expect(
      await db.goodPractice.findUniqueOrThrow({ where: { id: result.data.goodPracticeId } }),
    ).toMatchObject({ countryCode: "RO", wiseId: wise.id, caseStudySection: "PATHWAY_OUT" });
  });
});

describe("editing and publishing by country", () => {
  async function romanianItem() {
    const author = await makeActor("FACILITATOR", { countryCode: "RO" });
    const item = await makeGoodPractice({ authorId: author.id, title: "Romanian practice" });
    return { author, item };
  }

  const edit = (id: string, version: number, title: string) => ({
    ...practiceForm({ title }),
    goodPracticeId: id,
    version: String(version),
  });

  it("refuses a partner of Belgium both the edit and the publishing of Romania's item", async () => {
    const { item } = await romanianItem();
    const belgian = await makeActor("PARTNER", { countryCode: "BE" });
    const before = await writes();
    expect(await updateGoodPractice(belgian, edit(item.id, 1, "Changed"))).toMatchObject({
      ok: false,
      status: 403,
    });
    expect(
      await publishGoodPractice(belgian, { goodPracticeId: item.id, publish: "true" }),
    ).toMatchObject({ ok: false, status: 403 });
    expect(await writes()).toEqual(before);
    expect(await db.goodPractice.findUniqueOrThrow({ where: { id: item.id } })).toMatchObject({
      title: "Romanian practice",
      publishedAt: null,
    });
  });

  it("refuses publishing to a facilitator, even the author; the country's partner publishes", async () => {
    const { author, item } = await romanianItem();
    expect(
      await publishGoodPractice(author, { goodPracticeId: item.id, publish: "true" }),
    ).toMatchObject({ ok: false, status: 403 });
    expect(await getPublishedGoodPractice(item.id)).toBeNull();
    const partner = await makeActor("PARTNER", { countryCode: "RO" });
    expect(
      await publishGoodPractice(partner, { goodPracticeId: item.id, publish: "true" }),
    ).toMatchObject({ ok: true });
    expect((await getPublishedGoodPractice(item.id))?.title).toBe("Romanian practice");
    expect(
      await publishGoodPractice(partner, { goodPracticeId: item.id, publish: "false" }),
    ).toMatchObject({ ok: true });
    expect(await getPublishedGoodPractice(item.id)).toBeNull();
    const actions = await db.auditEvent.findMany({
      where: { targetId: item.id },
      orderBy: { createdAt: "asc" },
      select: { action: true },
    });
    expect(actions.map((a) => a.action)).toEqual([
      "goodPractice.publish",
      "goodPractice.unpublish",
    ]);
  });

  it("shows the public only published items, and the public page nothing of an unpublished one", async () => {
    const { item } = await romanianItem();
    const published = await makeGoodPractice({
      authorId: item.authorId,
      title: "Published practice",
      published: true,
    });
    const { items, total } = await searchGoodPractices("public", filter({ q: "practice" }));
    expect(total).toBe(1);
    expect(items.map((found) => found.id)).toEqual([published.id]);
    expect(await getPublishedGoodPractice(item.id)).toBeNull();
    const page = await getPublishedGoodPractice(published.id);
    expect(page).not.toHaveProperty("author");
    expect(page).not.toHaveProperty("authorId");
  });

  it("refuses an edit made from an older version as a conflict, keeping the newer text", async () => {
    const { author, item } = await romanianItem();
    const partner = await makeActor("PARTNER", { countryCode: "RO" });
    expect(await updateGoodPractice(partner, edit(item.id, 1, "Partner's title"))).toMatchObject({
      ok: true,
    });
    expect(await updateGoodPractice(author, edit(item.id, 1, "Author's title"))).toMatchObject({
      ok: false,
      status: 409,
      message: "goodPracticeConflict",
    });
    expect(await db.goodPractice.findUniqueOrThrow({ where: { id: item.id } })).toMatchObject({
      title: "Partner's title",
      version: 2,
    });
  });

  it("lets a facilitator of the country edit their own item only", async () => {
    const { item } = await romanianItem();
    const otherFacilitator = await makeActor("FACILITATOR", { countryCode: "RO" });
    expect(await updateGoodPractice(otherFacilitator, edit(item.id, 1, "X"))).toMatchObject({
      ok: false,
      status: 403,
    });
  });
});

describe("good practices for the report builder", () => {
  it("gives published items only, of the given countries or of all", async () => {
    const author = await makeActor("ADMIN");
    await makeGoodPractice({ authorId: author.id, title: "RO draft" });
    await makeGoodPractice({
      authorId: author.id,
      title: "RO published",
      published: true,
      models: ["PLACEMENT"],
    });
    await makeGoodPractice({
      authorId: author.id,
      countryCode: "BE",
      title: "BE published",
      published: true,
    });
    const romanian = await goodPracticesForReport(["RO"]);
    expect(romanian).toEqual([
      {
        title: "RO published",
        need: "A need",
        practice: "A practice",
        results: "Results",
        transfer: "What it takes",
        digitalTools: "",
        country: "RO",
        // Marked from no WISE's study or note.
        wiseName: null,
        models: ["PLACEMENT"],
        staffGroups: [],
        skillAreas: [],
      },
    ]);
    expect((await goodPracticesForReport(null)).map((p) => p.title)).toEqual([
      "BE published",
      "RO published",
    ]);
  });
});

describe("a person's data export", () => {
  it("lists the good practices they marked, and none of anyone else's", async () => {
    const author = await makeActor("FACILITATOR", { countryCode: "RO" });
    const other = await makeActor("PARTNER", { countryCode: "RO" });
    await makeGoodPractice({ authorId: author.id, title: "Theirs" });
    await makeGoodPractice({ authorId: other.id, title: "Someone else's" });
    const data = await getPersonalData(await makeActor("ADMIN"), author.id);
    expect(data?.person.goodPractices.map((item) => item.title)).toEqual(["Theirs"]);
  });
});

describe("the demo good practices", () => {
  it("give the public page one published Romanian practice, found without diacritics", {
    timeout: 120_000,
  }, async () => {
    expect(await seedIfEmpty(inject("databaseUrl"))).toBe(true);
    const { items } = await searchGoodPractices("public", filter({ q: "timisoara insotire" }));
    expect(items.map((item) => item.title)).toEqual([
      "Vizite de studiu între întreprinderile sociale de inserție",
    ]);
    const facilitator = asActor(
      await db.user.findUniqueOrThrow({ where: { email: "facilitator@wisefocus.example" } }),
    );
    const library = await searchGoodPractices({ signedIn: facilitator }, filter({ country: "RO" }));
    expect(library.total).toBe(2);
    expect(await goodPracticesForReport(["RO"])).toHaveLength(1);
  });
});
