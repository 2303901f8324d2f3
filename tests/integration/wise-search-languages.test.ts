import { beforeEach, describe, expect, it } from "vitest";
import { listWises } from "@/lib/wises/queries";
import { makeActor } from "../factories/users";
import { makeProfiledWise } from "../factories/wises";
import { resetDatabase } from "../setup/reset-db";

beforeEach(resetDatabase);

/**
 * Each partner types names as their keyboard allows: with or without the language's accents,
 * in upper or lower case. Every pair is tried both ways round: a name written with accents is
 * found by a search without them, and a name written without them by a search with them.
 */
const PAIRS: { language: string; countryCode: string; accented: string; plain: string[] }[] = [
  {
    language: "Polish ł ó ź",
    countryCode: "PL",
    accented: "Spółdzielnia Łódź",
    plain: ["spoldzielnia lodz", "SPOLDZIELNIA LODZ"],
  },
  {
    language: "Latvian ā ē ī ņ",
    countryCode: "LV",
    accented: "Sociālais uzņēmums Rīga",
    plain: ["socialais uznemums riga"],
  },
  {
    language: "German ß",
    countryCode: "DE",
    accented: "Werkstatt Hauptstraße",
    plain: ["werkstatt hauptstrasse", "HAUPTSTRASSE"],
  },
  {
    language: "Greek tonos",
    countryCode: "GR",
    accented: "Κοινωνική Επιχείρηση Αθήνας",
    plain: ["κοινωνικη επιχειρηση αθηνας", "ΚΟΙΝΩΝΙΚΗ ΕΠΙΧΕΙΡΗΣΗ ΑΘΗΝΑΣ"],
  },
  {
    language: "Greek ά έ ή ί ό ύ ώ",
    countryCode: "GR",
    accented: "Άρτος Έργο Ήλιος Ίδρυμα Όραμα Ύφασμα Ώρα",
    plain: ["αρτος εργο ηλιος ιδρυμα οραμα υφασμα ωρα"],
  },
  {
    language: "Greek ϊ ΐ ϋ ΰ",
    countryCode: "GR",
    accented: "Προϊόντα Πρωτεΐνης Ταΰγετος",
    plain: ["προιοντα πρωτεινης ταυγετος", "ΠΡΟΪΟΝΤΑ ΠΡΩΤΕΪΝΗΣ ΤΑΫΓΕΤΟΣ"],
  },
  {
    language: "Bulgarian (Cyrillic capitals, stress mark ѝ)",
    countryCode: "BG",
    accented: "Социално предприятие Ябълка и ѝ",
    plain: ["социално предприятие ябълка и и", "СОЦИАЛНО ПРЕДПРИЯТИЕ ЯБЪЛКА И И"],
  },
  {
    language: "Croatian č ć đ š ž",
    countryCode: "HR",
    accented: "Zadruga Đakovo Čakovec Šibenik Žminj Ćićarija",
    plain: ["zadruga dakovo cakovec sibenik zminj cicarija"],
  },
  {
    language: "French and Spanish",
    countryCode: "ES",
    accented: "Cooperativa Niño Ça Va Élan",
    plain: ["cooperativa nino ca va elan"],
  },
];

describe("the WISE search ignores accents and case in every partner's language", () => {
  for (const pair of PAIRS) {
    it(`${pair.language}: with and without accents, both ways`, async () => {
      const admin = await makeActor("ADMIN");
      const accented = await makeProfiledWise({
        name: pair.accented,
        countryCode: pair.countryCode,
      });
      const [firstPlain = ""] = pair.plain;
      const plain = await makeProfiledWise({
        name: `${firstPlain} (plain)`,
        countryCode: pair.countryCode,
      });
      await makeProfiledWise({ name: "Unrelated WISE", countryCode: pair.countryCode });
      const found = async (q: string) =>
        (await listWises(admin, { q })).items.map((item) => item.name).sort();
      const both = [accented.name, plain.name].sort();
      for (const q of [...pair.plain, pair.accented]) expect(await found(q), q).toEqual(both);
    });
  }

  it("German: typing ß finds ss and typing ss finds ß", async () => {
    const admin = await makeActor("ADMIN");
    await makeProfiledWise({ name: "Straße der Arbeit", countryCode: "DE" });
    await makeProfiledWise({ name: "Grossbäckerei Süd", countryCode: "DE" });
    const found = async (q: string) =>
      (await listWises(admin, { q })).items.map((item) => item.name);
    expect(await found("strasse")).toEqual(["Straße der Arbeit"]);
    expect(await found("STRASSE")).toEqual(["Straße der Arbeit"]);
    expect(await found("Großbäckerei")).toEqual(["Grossbäckerei Süd"]);
    expect(await found("grossbackerei sud")).toEqual(["Grossbäckerei Süd"]);
  });

  it("Greek final sigma matches the capital and the middle sigma", async () => {
    const admin = await makeActor("ADMIN");
    await makeProfiledWise({ name: "Συνεταιρισμός Ελπίδας", countryCode: "GR" });
    const found = async (q: string) =>
      (await listWises(admin, { q })).items.map((item) => item.name);
    expect(await found("ΣΥΝΕΤΑΙΡΙΣΜΟΣ ΕΛΠΙΔΑΣ")).toEqual(["Συνεταιρισμός Ελπίδας"]);
    expect(await found("συνεταιρισμοσ")).toEqual(["Συνεταιρισμός Ελπίδας"]);
  });
});
