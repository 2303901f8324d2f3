import { readFileSync } from "node:fs";
import { join } from "node:path";
import { ROOT_DIR } from "./paths";

type PackageJson = {
  version: string;
  dependencies?: Record<string, string>;
  prisma?: { enginesVersion?: string };
};

export type PrismaVersions = {
  prisma: string;
  /** @prisma/client, @prisma/adapter-pg, @prisma/driver-adapter-utils: one release with prisma. */
  companions: Record<string, string>;
  enginesVersion: string;
  schemaEngineWasm: string;
  /** The @prisma/engines-version that the installed @prisma/engines depends on. */
  enginesWants: string | undefined;
};

/** Pure: what is out of step in a set of installed Prisma versions (empty when all agree). */
export function prismaVersionProblems(versions: PrismaVersions): string[] {
  const problems: string[] = [];
  for (const [name, version] of Object.entries(versions.companions)) {
    if (version !== versions.prisma) {
      problems.push(`${name} is ${version} but prisma is ${versions.prisma}`);
    }
  }
  if (versions.schemaEngineWasm !== versions.enginesVersion) {
    problems.push(
      `@prisma/schema-engine-wasm is ${versions.schemaEngineWasm} but @prisma/engines-version is ${versions.enginesVersion}`,
    );
  }
  if (!versions.enginesVersion.startsWith(`${versions.prisma}-`)) {
    problems.push(
      `@prisma/engines-version ${versions.enginesVersion} is not a build of prisma ${versions.prisma}`,
    );
  }
  if (versions.enginesWants && versions.enginesWants !== versions.enginesVersion) {
    problems.push(
      `prisma ${versions.prisma} wants @prisma/engines-version ${versions.enginesWants}`,
    );
  }
  return problems;
}

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
 * the client, the adapters and the engine build must all come from one Prisma release. Throws
 * when they do not; returns the engine commit hash that the wasm module must report.
 */
export function assertPinnedPrismaVersions(): string {
  const enginesVersion = readPackage("@prisma/engines-version");
  const companions = ["@prisma/client", "@prisma/adapter-pg", "@prisma/driver-adapter-utils"];
  const problems = prismaVersionProblems({
    prisma: readPackage("prisma").version,
    companions: Object.fromEntries(companions.map((name) => [name, readPackage(name).version])),
    enginesVersion: enginesVersion.version,
    schemaEngineWasm: readPackage("@prisma/schema-engine-wasm").version,
    enginesWants: readPackage("@prisma/engines").dependencies?.["@prisma/engines-version"],
  });
  const hash = enginesVersion.prisma?.enginesVersion;
  if (!hash) problems.push("@prisma/engines-version has no prisma.enginesVersion field");
  if (problems.length > 0 || !hash) {
    throw new Error(
      [
        "Prisma packages are out of step; the wasm schema engine only works with its own release:",
        ...problems.map((problem) => `  - ${problem}`),
        "Pin prisma, @prisma/client, @prisma/adapter-pg and @prisma/driver-adapter-utils to one",
        "version, and @prisma/schema-engine-wasm to that release's @prisma/engines-version.",
      ].join("\n"),
    );
  }
  return hash;
}
