import { describe, expect, it } from "vitest";
import { COUNTRY_CODES, countriesByName, countryName, EU_MEMBER_CODES } from "./catalogue";

describe("country catalogue", () => {
  it("holds the 27 EU members and no duplicates", () => {
    expect(EU_MEMBER_CODES).toHaveLength(27);
    expect(new Set(COUNTRY_CODES).size).toBe(COUNTRY_CODES.length);
  });

  it("names countries in the reader's language", () => {
    expect(countryName("RO", "en")).toBe("Romania");
    expect(countryName("RO", "ro")).toBe("România");
    expect(countryName("BE", "ro")).toBe("Belgia");
  });

  it("sorts by the localised name", () => {
    const names = countriesByName(["DE", "AT", "BE"], "ro").map((c) => c.name);
    expect(names).toEqual(["Austria", "Belgia", "Germania"]);
  });
});
