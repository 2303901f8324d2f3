#!/usr/bin/env node
// Stands in for Prisma's native schema-engine binary, which cannot be downloaded on our machines.
// `prisma generate` only needs the file to exist; anything that really runs it lands here.
console.error(
  [
    "Prisma's native schema engine is not installed in this project (it cannot be downloaded here).",
    "Use the project's own migration commands instead, which run the engine compiled to wasm:",
    "  npm run db:migrate:create -- <name>   npm run db:check",
    "  npm run db:migrate                    npm run db:status",
  ].join("\n"),
);
process.exit(1);
