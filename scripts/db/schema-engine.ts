import { readFile } from "node:fs/promises";
import {
  bindMigrationAwareSqlAdapterFactory,
  type SqlMigrationAwareDriverAdapterFactory,
} from "@prisma/driver-adapter-utils";
import * as bg from "@prisma/schema-engine-wasm/schema_engine_bg";
import { assertPinnedPrismaVersions } from "./versions";

export type SchemaEngine = bg.SchemaEngine;
export type SchemaFile = { path: string; content: string };

/** No tables or enums are managed outside Prisma in this project. */
export const NO_FILTERS = { externalTables: [], externalEnums: [] };

let ready: Promise<void> | undefined;

/**
 * Instantiates Prisma's schema engine (compiled to wasm) once per process. The package's main
 * entry imports the .wasm file as an ES module, which Node cannot do, so the glue module
 * `schema_engine_bg` is wired to the instance by hand.
 */
function loadWasm(): Promise<void> {
  ready ??= (async () => {
    const expectedHash = assertPinnedPrismaVersions();
    const glue = import.meta.resolve("@prisma/schema-engine-wasm/schema_engine_bg");
    const bytes = await readFile(new URL("schema_engine_bg.wasm", glue));
    const { instance } = await WebAssembly.instantiate(bytes, {
      "./schema_engine_bg.js": bg as unknown as WebAssembly.ModuleImports,
    });
    bg.__wbg_set_wasm(instance.exports);
    (instance.exports as { __wbindgen_start(): void }).__wbindgen_start();
    const actual = bg.version();
    if (actual !== expectedHash) {
      throw new Error(
        `@prisma/schema-engine-wasm reports engine ${actual}, but @prisma/engines-version expects ${expectedHash}.`,
      );
    }
  })();
  return ready;
}

/**
 * Opens a schema engine that talks to a database through a Prisma driver adapter. Engine log
 * lines are dropped unless they are warnings or errors (set DEBUG_SCHEMA_ENGINE=1 to see all).
 */
export async function openSchemaEngine(
  schema: SchemaFile,
  adapterFactory: SqlMigrationAwareDriverAdapterFactory,
): Promise<SchemaEngine> {
  await loadWasm();
  const verbose = Boolean(process.env.DEBUG_SCHEMA_ENGINE);
  const log = (line: string) => {
    if (verbose || /"level":"(WARN|ERROR)"/.test(line)) console.error(`[schema-engine] ${line}`);
  };
  return bg.SchemaEngine.new(
    { datamodels: [[schema.path, schema.content]] },
    log,
    bindMigrationAwareSqlAdapterFactory(adapterFactory),
  );
}
