import { describe, expect, it } from "vitest";
import { describeCspViolation, parseCspReport } from "./csp-report";

describe("CSP violation reports", () => {
  it("reads the legacy report-uri body", () => {
    const [violation] = parseCspReport({
      "csp-report": {
        "document-uri": "http://127.0.0.1:3100/sessions",
        "effective-directive": "script-src-elem",
        "blocked-uri": "inline",
        "script-sample": "alert(1)",
      },
    });
    expect(describeCspViolation(violation)).toBe(
      '[csp] blocked script-src-elem inline on http://127.0.0.1:3100/sessions sample="alert(1)"',
    );
  });

  it("reads the Reporting API's list of reports", () => {
    const violations = parseCspReport([
      {
        type: "csp-violation",
        body: {
          documentURL: "https://wise.example.org/join",
          effectiveDirective: "img-src",
          blockedURL: "https://tracker.example/pixel.gif",
        },
      },
    ]);
    expect(violations).toEqual([
      {
        documentUri: "https://wise.example.org/join",
        directive: "img-src",
        blockedUri: "https://tracker.example/pixel.gif",
        sample: "",
      },
    ]);
  });

  it("ignores what is not a report", () => {
    expect(parseCspReport({ hello: "world" })).toEqual([]);
    expect(parseCspReport(null)).toEqual([]);
  });
});
