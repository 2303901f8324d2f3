import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { whyBuild } from "./build-freshness";

let root: string;
const at = (path: string, isoTime: string) => {
  const time = new Date(isoTime);
  utimesSync(join(root, path), time, time);
};

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), "build-freshness-"));
  mkdirSync(join(root, "lib", "auth"), { recursive: true });
  mkdirSync(join(root, ".next-bench"));
  writeFileSync(join(root, "lib", "auth", "password.ts"), "export {};\n");
  writeFileSync(join(root, "README.md"), "# docs\n");
  writeFileSync(join(root, ".next-bench", "BUILD_ID"), "build\n");
  at("lib/auth/password.ts", "2026-12-07T01:00:00Z");
  at(".next-bench/BUILD_ID", "2026-12-07T02:00:00Z");
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe("whyBuild", () => {
  it("keeps a build made after every source", () => {
    expect(whyBuild(".next-bench", root)).toBeNull();
  });

  it("asks for a build when there is none", () => {
    expect(whyBuild(".next-other", root)).toBe("no production build yet");
  });

  it("names the source changed after the build, however deep it is", () => {
    at("lib/auth/password.ts", "2026-12-07T03:00:00Z");
    expect(whyBuild(".next-bench", root)).toBe("lib/auth/password.ts changed after the last build");
  });

  it("ignores files the build is not made from", () => {
    at("README.md", "2026-12-07T03:00:00Z");
    expect(whyBuild(".next-bench", root)).toBeNull();
  });
});
