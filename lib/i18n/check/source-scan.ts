import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import ts from "typescript";

/** Where the interface's code lives: the scanner reads these, tests excluded. */
export const SOURCE_DIRS = ["app", "components", "lib", "proxy.ts"];

/** What one source file says about messages. */
export type SourceFacts = {
  file: string;
  /** Namespaces it opens: useTranslations("Ns"), getTranslations("Ns"), { namespace: "Ns" }. */
  namespaces: string[];
  /** Every plain string in it: a key, a key relative to a namespace, or an error key. */
  literals: string[];
  /** Keys built from a template in a translator call (t(`columns.${c}`)): the part before `${`. */
  dynamicPrefixes: string[];
};

const TRANSLATION_HOOKS = new Set(["useTranslations", "getTranslations"]);
// The project names its translators t, tForm, tRoles…; t.rich / t.markup / t.has take keys too.
const TRANSLATOR = /^t[A-Z]?\w*$/;

function calleeName(expression: ts.Expression): string | undefined {
  if (ts.isIdentifier(expression)) return expression.text;
  if (ts.isPropertyAccessExpression(expression) && ts.isIdentifier(expression.expression)) {
    return expression.expression.text;
  }
  return undefined;
}

/** `x as "Key"`, `(x)`, `x satisfies K`: the key inside. */
function unwrap(node: ts.Expression | undefined): ts.Expression | undefined {
  let inner = node;
  while (
    inner &&
    (ts.isAsExpression(inner) ||
      ts.isParenthesizedExpression(inner) ||
      ts.isSatisfiesExpression(inner))
  ) {
    inner = inner.expression;
  }
  return inner;
}

function stringOf(node: ts.Node | undefined): string | undefined {
  return node && (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node))
    ? node.text
    : undefined;
}

/** Reads one file with TypeScript's own parser: comments, JSX text and templates cannot confuse it. */
export function scanSource(file: string, text: string): SourceFacts {
  const facts: SourceFacts = { file, namespaces: [], literals: [], dynamicPrefixes: [] };
  const kind = file.endsWith(".tsx") ? ts.ScriptKind.TSX : ts.ScriptKind.TS;
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, false, kind);
  const visit = (node: ts.Node) => {
    const literal = stringOf(node);
    if (literal !== undefined) facts.literals.push(literal);
    if (ts.isPropertyAssignment(node) && node.name.getText(source) === "namespace") {
      const namespace = stringOf(node.initializer);
      if (namespace) facts.namespaces.push(namespace);
    }
    if (ts.isCallExpression(node)) {
      const name = calleeName(node.expression);
      const first = unwrap(node.arguments[0]);
      if (name && TRANSLATION_HOOKS.has(name) && stringOf(first)) {
        facts.namespaces.push(stringOf(first) as string);
      }
      if (name && TRANSLATOR.test(name) && first && ts.isTemplateExpression(first)) {
        facts.dynamicPrefixes.push(first.head.text);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  // A helper typed for one namespace: Awaited<ReturnType<typeof getTranslations<"Summaries">>>.
  for (const match of text.matchAll(/(?:useTranslations|getTranslations)<\s*"([\w.]+)"/g)) {
    facts.namespaces.push(match[1] as string);
  }
  return facts;
}

function sourceFiles(root: string, entry: string): string[] {
  const path = join(root, entry);
  if (/\.tsx?$/.test(entry)) return [path];
  return readdirSync(path, { withFileTypes: true, recursive: true })
    .filter((item) => item.isFile() && /\.tsx?$/.test(item.name))
    .filter((item) => !/\.test\.tsx?$/.test(item.name) && !item.name.endsWith(".d.ts"))
    .map((item) => join(item.parentPath, item.name))
    .filter((file) => !file.includes(join("lib", "generated")));
}

export function scanSources(root: string): SourceFacts[] {
  return SOURCE_DIRS.flatMap((entry) => sourceFiles(root, entry)).map((path) =>
    scanSource(relative(root, path), readFileSync(path, "utf8")),
  );
}
