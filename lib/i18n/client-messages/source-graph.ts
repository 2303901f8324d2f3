/**
 * Reads the repo's own source to tell which catalogue namespaces the client components under a
 * page or layout use: follows its imports (relative and `@/`) to every "use client" file and
 * collects their `useTranslations("Namespace…")` calls. Used by the check that each page ships
 * exactly the messages its client components need (client-messages.test.ts).
 */
import { existsSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";

const EXTENSIONS = [".tsx", ".ts", "/index.tsx", "/index.ts"];
const IMPORT =
  /(?:import|export)\s[^"';]*?from\s+["']([^"']+)["']|import\(\s*["']([^"']+)["']\s*\)/g;
const USE_TRANSLATIONS = /useTranslations\(\s*["']([A-Za-z0-9]+)/g;

export type SourceFile = { path: string; text: string; isClient: boolean };

export function readSource(path: string): SourceFile {
  const text = readFileSync(path, "utf8");
  return { path, text, isClient: /^\s*["']use client["']/.test(text) };
}

/** The file an import names, or null for packages and files outside the repo. */
export function resolveImport(root: string, from: string, specifier: string): string | null {
  let base: string;
  if (specifier.startsWith("@/")) base = join(root, specifier.slice(2));
  else if (specifier.startsWith(".")) base = resolve(dirname(from), specifier);
  else return null;
  for (const candidate of [base, ...EXTENSIONS.map((extension) => base + extension)]) {
    if (/\.(tsx?|js)$/.test(candidate) && existsSync(candidate)) return candidate;
  }
  return null;
}

export function importsOf(root: string, file: SourceFile): string[] {
  const found: string[] = [];
  for (const match of file.text.matchAll(IMPORT)) {
    // Type-only imports bring no code to the browser.
    if (/^(?:import|export)\s+type\s/.test(match[0])) continue;
    const resolved = resolveImport(root, file.path, match[1] ?? match[2]);
    if (resolved) found.push(resolved);
  }
  return found;
}

export function namespacesUsedIn(text: string): string[] {
  return [...text.matchAll(USE_TRANSLATIONS)].map((match) => match[1]);
}

/**
 * The namespaces used by client components reachable from `entry`. Below a "use client" file
 * everything is client code; server files are walked through, since they may render client ones.
 * `stopAt` ends the walk at files that bring their own messages (other pages and layouts).
 */
export function clientNamespacesOf(
  root: string,
  entry: string,
  stopAt: (path: string) => boolean = () => false,
): Set<string> {
  const namespaces = new Set<string>();
  const seen = new Set<string>();
  const walk = (path: string, insideClient: boolean) => {
    const key = `${path}:${insideClient}`;
    if (seen.has(key)) return;
    seen.add(key);
    const file = readSource(path);
    const client = insideClient || file.isClient;
    if (client) for (const namespace of namespacesUsedIn(file.text)) namespaces.add(namespace);
    for (const imported of importsOf(root, file)) {
      if (imported !== entry && stopAt(imported)) continue;
      walk(imported, client);
    }
  };
  walk(entry, false);
  return namespaces;
}

/** The namespaces a page or layout hands to its client components through <ClientMessages>. */
export function providedNamespaces(text: string): string[] | null {
  const match = text.match(/<ClientMessages\s+namespaces=\{\[([^\]]*)\]\}/);
  if (!match) return null;
  return [...match[1].matchAll(/["']([A-Za-z0-9]+)["']/g)].map((entry) => entry[1]);
}
