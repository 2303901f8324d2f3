import { execFileSync, spawnSync } from "node:child_process";
import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { homedir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { ROOT_DIR } from "@/scripts/db/paths";

/**
 * `npm install && npm run dev` as root from a checkout in a folder nobody else may enter (a clone
 * under /root, mode 700): the embedded PostgreSQL runs as the OS user `postgres`, so its data and
 * binaries must end up where that user can reach them, with no chmod by hand. The checkout is
 * the working tree's tracked files; node_modules links every package back here except the
 * PostgreSQL binaries, which are copied into the closed folder as `npm install` would put them.
 */
const isRoot = process.getuid?.() === 0;
const PROBE = `
import pg from "pg";
import { ensureDatabase } from "./scripts/db/embedded-postgres";

const answers = [];
for (const run of [1, 2]) {
  const database = await ensureDatabase();
  const client = new pg.Client({ connectionString: database.url });
  await client.connect();
  if (run === 1) await client.query("CREATE TABLE kept (n int); INSERT INTO kept VALUES (42)");
  const { rows } = await client.query(
    "SELECT current_setting('data_directory') AS dir, (SELECT n FROM kept) AS kept",
  );
  await client.end();
  await database.stop();
  answers.push(rows[0]);
}
console.log(JSON.stringify(answers));
`;

let privateDir: string | null = null;
let dataDirs: string[] = [];

afterAll(() => {
  if (privateDir) rmSync(privateDir, { recursive: true, force: true });
  // The dev cluster of this throwaway checkout, outside it.
  for (const dir of dataDirs) rmSync(dirname(dir), { recursive: true, force: true });
});

function makePrivateCheckout(): string {
  privateDir = mkdtempSync(join(homedir(), "wise-focus-private-"));
  execFileSync("chmod", ["700", privateDir]);
  const checkout = join(privateDir, "wise-focus");
  const tracked = execFileSync(
    "git",
    ["ls-files", "-z", "--cached", "--others", "--exclude-standard"],
    { cwd: ROOT_DIR, encoding: "utf8" },
  )
    .split("\0")
    .filter(Boolean);
  for (const file of tracked) {
    const source = join(ROOT_DIR, file);
    const target = join(checkout, file);
    mkdirSync(dirname(target), { recursive: true });
    try {
      cpSync(source, target);
    } catch {
      // deleted in the working tree but still tracked: not part of this checkout
    }
  }
  const modules = join(checkout, "node_modules");
  mkdirSync(modules);
  for (const entry of readdirSync(join(ROOT_DIR, "node_modules"))) {
    const source = join(ROOT_DIR, "node_modules", entry);
    if (entry === "@embedded-postgres" || entry === "embedded-postgres") {
      cpSync(source, join(modules, entry), { recursive: true, verbatimSymlinks: true });
    } else {
      symlinkSync(source, join(modules, entry));
    }
  }
  return checkout;
}

describe.skipIf(!isRoot)(
  "the embedded database from a checkout others cannot enter (as root)",
  () => {
    it("starts, keeps its data between runs, and opens no folder of the checkout", () => {
      const checkout = makePrivateCheckout();
      writeFileSync(join(checkout, "probe.ts"), PROBE);
      const env = { ...process.env };
      delete env.DATABASE_URL;
      delete env.DIRECT_DATABASE_URL;
      // A hardened root's umask: every folder made on the way is closed to others unless opened.
      const command = 'umask 077 && exec "$0" probe.ts';
      const result = spawnSync("sh", ["-c", command, join(ROOT_DIR, "node_modules/.bin/tsx")], {
        cwd: checkout,
        env,
        encoding: "utf8",
        timeout: 120_000,
      });
      expect(result.status, `${result.stdout}\n${result.stderr}`).toBe(0);
      const answers = JSON.parse(result.stdout.trim().split("\n").pop() ?? "[]") as {
        dir: string;
        kept: number;
      }[];
      dataDirs = [...new Set(answers.map((answer) => answer.dir))];
      expect(answers.map((answer) => answer.kept)).toEqual([42, 42]);
      expect(dataDirs).toHaveLength(1);
      expect(dataDirs[0].startsWith(privateDir as string)).toBe(false);
      expect(statSync(privateDir as string).mode & 0o777).toBe(0o700);
    }, 180_000);
  },
);
