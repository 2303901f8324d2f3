import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT_CLIENT_KEYS } from "./pick";
import {
  clientNamespacesOf,
  namespacesUsedIn,
  providedNamespaces,
  readSource,
} from "./source-graph";

const ROOT = join(__dirname, "..", "..", "..");
const APP = join(ROOT, "app");

function routeFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return routeFiles(path);
    return /^(page|layout)\.tsx$/.test(entry.name) ? [path] : [];
  });
}

const routes = routeFiles(APP);
const isRoute = (path: string) => routes.includes(path);
const sorted = (values: Iterable<string>) => [...new Set(values)].sort();

describe("messages sent to client components", () => {
  it.each(
    routes.filter((path) => path.endsWith("page.tsx")).map((path) => [relative(ROOT, path), path]),
  )("%s gives its client components exactly the namespaces they use", (_name, path) => {
    const needed = sorted(clientNamespacesOf(ROOT, path, isRoute));
    const provided = providedNamespaces(readFileSync(path, "utf8"));
    if (needed.length === 0) {
      // A page without client strings must not send any: they would only weigh on phones.
      expect(provided ?? []).toEqual([]);
    } else {
      expect(
        provided && sorted(provided),
        "wrap the page in <ClientMessages namespaces={[…]}>",
      ).toEqual(needed);
    }
  });

  it.each(
    routes
      .filter((path) => path.endsWith("layout.tsx"))
      .map((path) => [relative(ROOT, path), path]),
  )(
    "%s renders no client component that needs messages (a layout's messages would go with every page below it)",
    (_name, path) => {
      expect(sorted(clientNamespacesOf(ROOT, path, isRoute))).toEqual([]);
      expect(providedNamespaces(readFileSync(path, "utf8"))).toBeNull();
    },
  );

  it("gives the error page, which can replace any page, the strings it uses", () => {
    const errorPage = readSource(join(APP, "error.tsx"));
    expect(errorPage.isClient).toBe(true);
    const used = [...errorPage.text.matchAll(/\bt\("([^"]+)"\)/g)].map((match) => match[1]);
    expect(namespacesUsedIn(errorPage.text)).toEqual(Object.keys(ROOT_CLIENT_KEYS));
    expect(sorted(used)).toEqual(sorted(ROOT_CLIENT_KEYS.Errors));
  });
});
