import { describe, expect, it } from "vitest";
import type { Sections } from "./rules";
import { unsavedSections } from "./unsaved-sections";

const saved: Sections = {
  modelReason: "Social cooperative.",
  pathwayIn: "Referred by the agency.\r\nThen a trial week.",
  pathwayOut: "",
  digitalTools: "",
  practices: "Mentors on every team.",
  challenges: "",
};

describe("which case-study sections have unsaved changes", () => {
  it("names the sections whose boxes differ from the saved text, in the template's order", () => {
    expect(
      unsavedSections(saved, {
        challenges: "Late payments.",
        modelReason: "Social cooperative.",
        practices: "Mentors on every team, and a buddy.",
      }),
    ).toEqual(["practices", "challenges"]);
  });

  it("treats the browser's line ends as the same text, not as a change", () => {
    expect(
      unsavedSections(saved, { pathwayIn: "Referred by the agency.\nThen a trial week." }),
    ).toEqual([]);
  });

  it("counts emptying a section or a changed space as a change", () => {
    expect(
      unsavedSections(saved, { modelReason: "", practices: "Mentors on every team. " }),
    ).toEqual(["modelReason", "practices"]);
  });

  it("has nothing unsaved for sections whose box is not on the page", () => {
    expect(unsavedSections(saved, {})).toEqual([]);
  });
});
