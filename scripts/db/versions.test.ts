import { describe, expect, it } from "vitest";
import { type PrismaVersions, prismaVersionProblems } from "./versions";

const ENGINE = "7.10.0-4.0edf323efd1d98336f3f0a68684b56f689b900d3";
const agreeing: PrismaVersions = {
  prisma: "7.10.0",
  companions: { "@prisma/client": "7.10.0", "@prisma/adapter-pg": "7.10.0" },
  enginesVersion: ENGINE,
  schemaEngineWasm: ENGINE,
  enginesWants: ENGINE,
};

describe("Prisma version pinning", () => {
  it("accepts one Prisma release with its own engine build", () => {
    expect(prismaVersionProblems(agreeing)).toEqual([]);
  });

  it("names a client that is not on the CLI's version", () => {
    const problems = prismaVersionProblems({
      ...agreeing,
      companions: { ...agreeing.companions, "@prisma/client": "7.10.1" },
    });
    expect(problems).toEqual(["@prisma/client is 7.10.1 but prisma is 7.10.0"]);
  });

  it("refuses a wasm engine from another build, and an engine of another release", () => {
    const other = "7.11.0-1.aaaa";
    expect(prismaVersionProblems({ ...agreeing, schemaEngineWasm: other })).toEqual([
      `@prisma/schema-engine-wasm is ${other} but @prisma/engines-version is ${ENGINE}`,
    ]);
    expect(prismaVersionProblems({ ...agreeing, prisma: "7.11.0", companions: {} })).toContain(
      `@prisma/engines-version ${ENGINE} is not a build of prisma 7.11.0`,
    );
  });
});
