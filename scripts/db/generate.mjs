// Runs `prisma generate` (the postinstall step and `npm run db:generate`). Plain Node, so that it
// works in the middle of `npm ci` before anything else is set up.
//
// The Prisma CLI insists on a native schema-engine binary, even for `generate`, and downloads it
// from binaries.prisma.sh, which these machines cannot reach. Pointing PRISMA_SCHEMA_ENGINE_BINARY
// at our placeholder skips the download; the generated client itself needs no binary.
import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("../../", import.meta.url));
const placeholder = fileURLToPath(new URL("./schema-engine-unavailable.mjs", import.meta.url));
const require = createRequire(import.meta.url);

let cli;
try {
  cli = require.resolve("prisma/build/index.js");
} catch {
  console.error("generate.mjs: the `prisma` package is not installed; run `npm ci` first.");
  process.exit(1);
}

const result = spawnSync(process.execPath, [cli, "generate", "--schema", "prisma/schema.prisma"], {
  cwd: root,
  stdio: "inherit",
  env: {
    ...process.env,
    PRISMA_SCHEMA_ENGINE_BINARY: process.env.PRISMA_SCHEMA_ENGINE_BINARY ?? placeholder,
    PRISMA_HIDE_UPDATE_MESSAGE: "1",
    // No update check or telemetry: there is no network to reach.
    CHECKPOINT_DISABLE: "1",
  },
});
if (result.error) {
  console.error(`generate.mjs: could not run prisma: ${result.error.message}`);
  process.exit(1);
}
process.exit(result.status ?? 1);
