import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = join(import.meta.dirname, "..", "..");

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "generated" ? [] : sourceFiles(path);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

/** `error: "…"` or `message: "…"` written as a bare string: zod would take any text there. */
const BARE_MESSAGE = /\b(error|message):\s*["'`]/;

/** Source lines of schema files that give zod a message without going through errorKey(). */
function bareZodMessages(files: readonly { path: string; text: string }[]): string[] {
  return files
    .filter((file) => file.text.includes('from "@/lib/validation/zod"'))
    .flatMap((file) =>
      file.text
        .split("\n")
        .flatMap((line, index) =>
          BARE_MESSAGE.test(line) ? [`${file.path}:${index + 1}: ${line.trim()}`] : [],
        ),
    );
}

describe("zod messages are checked error keys", () => {
  it("no schema passes zod a bare string as a message (errorKey() makes the compiler check it)", () => {
    const files = ["lib", "app", "components"].flatMap((dir) =>
      sourceFiles(join(ROOT, dir)).map((path) => ({
        path: relative(ROOT, path),
        text: readFileSync(path, "utf8"),
      })),
    );
    expect(bareZodMessages(files)).toEqual([]);
  });

  it("would catch one", () => {
    const text =
      'import { z } from "@/lib/validation/zod";\nz.string().min(1, { error: "requried" });';
    expect(bareZodMessages([{ path: "lib/x/schemas.ts", text }])).toEqual([
      'lib/x/schemas.ts:2: z.string().min(1, { error: "requried" });',
    ]);
  });
});
