import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

/**
 * Every URL entry point of the app, read from the files under app/ (so a new page or route
 * handler shows up here without anyone listing it): each `page.tsx` as a GET, each `route.ts`
 * with the HTTP methods it exports. Route groups such as `(app)` leave the URL; dynamic
 * segments stay as their brackets (`[sessionId]`, `[...nextauth]`) for the caller to fill.
 */
export type EntryPoint = { kind: "page" | "route"; method: string; path: string };

const METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"] as const;

function filesUnder(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(directory, entry.name);
    return entry.isDirectory() ? filesUnder(full) : [full];
  });
}

/** `app/(app)/sessions/[sessionId]/page.tsx` → `/sessions/[sessionId]`. */
export function urlPathOf(file: string, appDirectory: string): string {
  const segments = path
    .relative(appDirectory, path.dirname(file))
    .split(path.sep)
    .filter((segment) => segment !== "" && !/^\(.*\)$/.test(segment));
  return `/${segments.join("/")}`;
}

/** The methods a route file exports: `export async function GET` or `export const { GET, POST }`. */
export function exportedMethods(source: string): string[] {
  const found = new Set<string>();
  for (const match of source.matchAll(/export\s+(?:async\s+)?function\s+([A-Z]+)\b/g))
    found.add(match[1] ?? "");
  for (const match of source.matchAll(/export\s+const\s+\{([^}]*)\}/g))
    for (const name of (match[1] ?? "").split(",")) found.add(name.trim());
  for (const match of source.matchAll(/export\s+const\s+([A-Z]+)\s*=/g)) found.add(match[1] ?? "");
  return METHODS.filter((method) => found.has(method));
}

export function listEntryPoints(appDirectory = path.resolve("app")): EntryPoint[] {
  const entries: EntryPoint[] = [];
  for (const file of filesUnder(appDirectory)) {
    const name = path.basename(file);
    if (name === "page.tsx") {
      entries.push({ kind: "page", method: "GET", path: urlPathOf(file, appDirectory) });
    } else if (name === "route.ts") {
      for (const method of exportedMethods(readFileSync(file, "utf8")))
        entries.push({ kind: "route", method, path: urlPathOf(file, appDirectory) });
    }
  }
  return entries.sort((a, b) => `${a.path} ${a.method}`.localeCompare(`${b.path} ${b.method}`));
}

export const entryKey = (entry: { method: string; path: string }) =>
  `${entry.method} ${entry.path}`;

/**
 * Every server action: each export of a `"use server"` file under lib/. Not URL routes, yet
 * each is reachable by anyone who can post to a page, so each needs its own permission check.
 */
export function listServerActions(libDirectory = path.resolve("lib")): string[] {
  const names: string[] = [];
  for (const file of filesUnder(libDirectory)) {
    if (!file.endsWith(".ts") || file.endsWith(".test.ts")) continue;
    const source = readFileSync(file, "utf8");
    if (!/^\s*["']use server["']/.test(source)) continue;
    for (const match of source.matchAll(/^export\s+(?:async\s+function|const)\s+(\w+)/gm))
      names.push(match[1] ?? "");
  }
  return names.sort();
}
