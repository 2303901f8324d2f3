import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT_DIR } from "../db/paths";

/**
 * The repository stands on its own: a newcomer with a clone has every document the code and the
 * docs refer to. These checks keep it so — no reference to material outside the repository, and
 * every document path or Markdown link resolves to a file that is here.
 */

const TEXT_FILE = /\.(ts|tsx|mjs|js|md|json|prisma|sql|css|yml|yaml|toml)$|(^|\/)[^./]+$/;
const SKIPPED = new Set(["package-lock.json"]);

function trackedTextFiles(): string[] {
  const listed = execFileSync("git", ["ls-files", "--cached", "--others", "--exclude-standard"], {
    cwd: ROOT_DIR,
    encoding: "utf8",
  });
  return listed
    .split("\n")
    .filter((file) => file && TEXT_FILE.test(file) && !SKIPPED.has(file))
    .filter((file) => existsSync(join(ROOT_DIR, file)));
}

// Spelt in pieces so that this file does not match itself.
const OUTSIDE = [
  ["..", "/shared"].join(""),
  ["HOUSE", "_STYLE"].join(""),
  ["STACK", "_NOTES"].join(""),
  ["DOMAIN", ".md"].join(""),
  ["SKILLS", ".md"].join(""),
  ["COUNTRIES", ".md"].join(""),
];

const DOC_PATH = /\bdocs\/[\w./-]+\.md\b/g;
const MARKDOWN_LINK = /\]\(([^)\s#]+)(?:#[^)]*)?\)/g;

describe("the repository stands on its own", () => {
  const files = trackedTextFiles();
  const contents = new Map(files.map((file) => [file, readFileSync(join(ROOT_DIR, file), "utf8")]));

  it("finds the files it checks", () => {
    expect(files).toContain("docs/conventions.md");
    expect(files).toContain("CONTRIBUTING.md");
  });

  it("no document or comment points at material outside the repository", () => {
    const offenders = files.flatMap((file) =>
      OUTSIDE.filter((needle) => contents.get(file)?.includes(needle)).map(
        (needle) => `${file}: ${needle}`,
      ),
    );
    expect(offenders).toEqual([]);
  });

  it("every docs/…/*.md path named in code or documents exists", () => {
    const missing = files.flatMap((file) =>
      [...(contents.get(file)?.matchAll(DOC_PATH) ?? [])]
        .map((match) => match[0])
        .filter((path) => !existsSync(join(ROOT_DIR, path)))
        .map((path) => `${file}: ${path}`),
    );
    expect(missing).toEqual([]);
  });

  it("every relative Markdown link resolves to a file inside the repository", () => {
    const broken = files
      .filter((file) => file.endsWith(".md"))
      .flatMap((file) =>
        [...(contents.get(file)?.matchAll(MARKDOWN_LINK) ?? [])]
          .map((match) => match[1])
          .filter((target) => !/^[a-z]+:/i.test(target))
          .filter((target) => {
            const absolute = resolve(ROOT_DIR, dirname(file), target);
            return relative(ROOT_DIR, absolute).startsWith("..") || !existsSync(absolute);
          })
          .map((target) => `${file}: ${target}`),
      );
    expect(broken).toEqual([]);
  });
});
