import { describe, expect, it } from "vitest";
import { WISE_MODELS } from "@/lib/classification/models";
import {
  editReopens,
  isEditable,
  nextStatus,
  type SuggestionCandidate,
  studyTimeline,
  suggestWises,
} from "./rules";

describe("a case study's status", () => {
  it("goes draft → in review → approved, and back to draft on a request for changes", () => {
    expect(nextStatus("DRAFT", "submit")).toBe("IN_REVIEW");
    expect(nextStatus("IN_REVIEW", "approve")).toBe("APPROVED");
    expect(nextStatus("IN_REVIEW", "requestChanges")).toBe("DRAFT");
  });

  it("refuses to approve a draft, to submit twice, or to approve an approved study again", () => {
    expect(nextStatus("DRAFT", "approve")).toBeNull();
    expect(nextStatus("IN_REVIEW", "submit")).toBeNull();
    expect(nextStatus("APPROVED", "approve")).toBeNull();
    expect(nextStatus("APPROVED", "submit")).toBeNull();
  });

  it("an edit keeps a draft a draft, sends an approved study back to draft, and is refused in review", () => {
    expect(nextStatus("DRAFT", "edit")).toBe("DRAFT");
    expect(nextStatus("APPROVED", "edit")).toBe("DRAFT");
    expect(isEditable("IN_REVIEW")).toBe(false);
    expect(editReopens("APPROVED")).toBe(true);
    expect(editReopens("DRAFT")).toBe(false);
  });
});

const candidate = (
  wiseId: string,
  model: SuggestionCandidate["model"],
  sessionStatus: SuggestionCandidate["sessionStatus"],
  decidedAt: string,
): SuggestionCandidate => ({
  wiseId,
  wiseName: `WISE ${wiseId}`,
  model,
  sessionStatus,
  decidedAt: new Date(decidedAt),
});

describe("suggested WISEs", () => {
  it("offers one WISE per model, preferring closed or published focus groups", () => {
    const suggestions = suggestWises(
      [
        candidate("a", "PRODUCTIVE", "OPEN", "2026-10-02"),
        candidate("b", "PRODUCTIVE", "PUBLISHED", "2026-09-01"),
        candidate("c", "PLACEMENT", "CLOSED", "2026-09-01"),
      ],
      new Set(),
      WISE_MODELS,
    );
    const byModel = Object.fromEntries(suggestions.map((s) => [s.model, s.wise?.wiseId ?? null]));
    expect(byModel).toEqual({
      PRODUCTIVE: "b",
      VOCATIONAL_TRAINING: null,
      SOCIAL_ENTERPRISE: null,
      PLACEMENT: "c",
      ONE_STOP_SHOP: null,
    });
  });

  it("leaves out WISEs that already have a study, and counts a WISE under its latest model only", () => {
    const suggestions = suggestWises(
      [
        candidate("a", "PRODUCTIVE", "CLOSED", "2026-09-01"),
        candidate("a", "ONE_STOP_SHOP", "OPEN", "2026-11-01"),
        candidate("b", "PRODUCTIVE", "OPEN", "2026-08-01"),
        candidate("c", "SOCIAL_ENTERPRISE", "PUBLISHED", "2026-08-01"),
      ],
      new Set(["c"]),
      WISE_MODELS,
    );
    const byModel = Object.fromEntries(suggestions.map((s) => [s.model, s.wise?.wiseId ?? null]));
    expect(byModel.PRODUCTIVE).toBe("b");
    expect(byModel.ONE_STOP_SHOP).toBe("a");
    expect(byModel.SOCIAL_ENTERPRISE).toBeNull();
  });
});

describe("the review timeline", () => {
  it("tells review steps and status changes in time order", () => {
    const at = (s: string) => new Date(`2026-12-01T${s}:00Z`);
    const entries = studyTimeline(
      [{ id: "r1", step: "APPROVED", body: "", at: at("10:00"), author: "Reviewer" }],
      [
        { id: "s1", fromStatus: "DRAFT", toStatus: "IN_REVIEW", at: at("09:00"), author: "Author" },
        {
          id: "s2",
          fromStatus: "IN_REVIEW",
          toStatus: "APPROVED",
          at: at("10:01"),
          author: "Reviewer",
        },
      ],
    );
    expect(entries.map((entry) => entry.id)).toEqual(["s1", "r1", "s2"]);
  });
});
