import { describe, expect, it } from "vitest";
import { appPort } from "./app-port";

describe("the port the local server announces", () => {
  it("is the one passed with --port or -p", () => {
    expect(appPort(["--port", "3001"], {})).toBe("3001");
    expect(appPort(["--turbopack", "-p", "4000"], { PORT: "5000" })).toBe("4000");
  });

  it("falls back to PORT, then to 3000", () => {
    expect(appPort([], { PORT: "8080" })).toBe("8080");
    expect(appPort([], {})).toBe("3000");
  });
});
