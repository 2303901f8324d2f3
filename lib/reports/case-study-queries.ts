import "server-only";
import { db } from "@/lib/db";

/** Published good practices of the countries (null: every country). */
export async function publishedGoodPractices(countryCodes: string[] | null) {
  return db.goodPractice.findMany({
    where: {
      publishedAt: { not: null },
      ...(countryCodes ? { countryCode: { in: countryCodes } } : {}),
    },
    orderBy: [{ countryCode: "asc" }, { title: "asc" }, { id: "asc" }],
    select: {
      id: true,
      countryCode: true,
      title: true,
      need: true,
      practice: true,
      results: true,
      transfer: true,
      digitalTools: true,
      wise: { select: { name: true } },
    },
  });
}

export type PublishedGoodPractice = Awaited<ReturnType<typeof publishedGoodPractices>>[number];
