import { readFileSync } from "node:fs";
import path from "node:path";
import { entryKey, listEntryPoints, listServerActions, urlPathOf } from "./entry-points";
import { MATRIX, type MatrixData } from "./permission-matrix-table";

/**
 * What the fuzz spec aims at, from the same derivation as the permission matrix: every route
 * handler method (entry-points.ts, read from app/) at the URL its matrix row fills in, and every
 * server action (the exports of lib/'s "use server" files) with its id in the production build
 * and a page that serves it.
 */
export type RouteTarget = {
  kind: "route";
  key: string;
  method: string;
  /** With its dynamic segments still in brackets, for the fuzzer to replace. */
  template: string;
  /** The matrix's URL, with real ids (and the query the row needs). */
  url: string;
};

export type ActionTarget = { kind: "action"; key: string; id: string; page: string };

export function routeTargets(data: MatrixData): RouteTarget[] {
  return listEntryPoints()
    .filter((entry) => entry.kind === "route")
    .map((entry) => {
      const key = entryKey(entry);
      const row = MATRIX[key];
      if (!row) throw new Error(`${key} has no row in the permission matrix`);
      return { kind: "route", key, method: entry.method, template: entry.path, url: row.url(data) };
    });
}

type ManifestEntry = { filename?: string; exportedName?: string; workers: Record<string, unknown> };

/**
 * Next names each server action by an id in `server-reference-manifest.json`, with the file and
 * export it comes from and the pages ("workers") whose requests may call it. An action is posted
 * to one of those pages, one without dynamic segments when there is one.
 */
export function actionTargets(data: MatrixData, distDir: string): ActionTarget[] {
  const manifestFile = path.resolve(distDir, "server", "server-reference-manifest.json");
  const manifest = JSON.parse(readFileSync(manifestFile, "utf8")) as {
    node: Record<string, ManifestEntry>;
  };
  const appDirectory = path.resolve("app");
  return listServerActions().map((name) => {
    const found = Object.entries(manifest.node).find(([, entry]) => entry.exportedName === name);
    if (!found) throw new Error(`server action ${name} is not in the build: run npm run build`);
    const [id, entry] = found;
    const pages = Object.keys(entry.workers)
      .filter((worker) => worker.endsWith("/page"))
      .map((worker) => urlPathOf(path.join(path.resolve(), `${worker}.tsx`), appDirectory))
      .filter((page) => MATRIX[`GET ${page}`])
      .sort((a, b) => Number(a.includes("[")) - Number(b.includes("[")) || a.localeCompare(b));
    const page = pages[0];
    if (!page) throw new Error(`server action ${name} is served by no page of the matrix`);
    return {
      kind: "action",
      key: `${name} (${entry.filename})`,
      id,
      page: MATRIX[`GET ${page}`]?.url(data) ?? page,
    };
  });
}
