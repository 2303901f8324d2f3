import { readFileSync } from "node:fs";
import { join } from "node:path";
import { ROOT_DIR } from "./paths";

type PackageJson = {
  version: string;
  dependencies?: Record<string, string>;
  prisma?: { enginesVersion?: string };
};

function readPackage(name: string): PackageJson {
  const file = join(ROOT_DIR, "node_modules", name, "package.json");
  try {
    return JSON.parse(readFileSync(file, "utf8")) as PackageJson;
  } catch {
    throw new Error(`${name} is not installed (looked for ${file}). Run \`npm ci\`.`);
  }
}

/**
 * The schema engine's wasm API is internal to Prisma and changes between releases, so the CLI,
 * the client, the adapters and the engine build must all come from one Prisma release. Returns
 * the engine commit hash that the wasm module must report.
 */
export function assertPinnedPrismaVersions(): string {
  const prisma = readPackage("prisma").version;
  const problems: string[] = [];
  for (const name of ["@prisma/client", "@prisma/adapter-pg", "@prisma/driver-adapter-utils"]) {
    const version = readPackage(name).version;
    if (version !== prisma) problems.push(`${name} is ${version} but prisma is ${prisma}`);
  }
  const enginesVersion = readPackage("@prisma/engines-version");
  const wasm = readPackage("@prisma/schema-engine-wasm").version;
  if (wasm !== enginesVersion.version) {
    problems.push(
      `@prisma/schema-engine-wasm is ${wasm} but @prisma/engines-version is ${enginesVersion.version}`,
    );
  }
  if (!enginesVersion.version.startsWith(`${prisma}-`)) {
    problems.push(
      `@prisma/engines-version ${enginesVersion.version} is not a build of prisma ${prisma}`,
    );
  }
  const wanted = readPackage("@prisma/engines").dependencies?.["@prisma/engines-version"];
  if (wanted && wanted !== enginesVersion.version) {
    problems.push(`prisma ${prisma} wants @prisma/engines-version ${wanted}`);
  }
  const hash = enginesVersion.prisma?.enginesVersion;
  if (!hash) problems.push("@prisma/engines-version has no prisma.enginesVersion field");
  if (problems.length > 0 || !hash) {
    throw new Error(
      [
        "Prisma packages are out of step; the wasm schema engine only works with its own release:",
        ...problems.map((problem) => `  - ${problem}`),
        "Pin prisma, @prisma/client, @prisma/adapter-pg and @prisma/driver-adapter-utils to one version,",
        "and @prisma/schema-engine-wasm to that release's @prisma/engines-version.",
      ].join("\n"),
    );
  }
  return hash;
}
