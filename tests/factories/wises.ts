import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { SupportNeedCategory } from "@/lib/generated/prisma/enums";

let sequence = 0;

type WiseOverrides = Partial<Omit<Prisma.WiseUncheckedCreateInput, "supportNeedCounts">> & {
  supportNeedCounts?: { category: SupportNeedCategory; count: number }[];
};

/** A WISE with a profile; figures default to unknown so that each test states those it needs. */
export async function makeProfiledWise(overrides: WiseOverrides = {}) {
  sequence += 1;
  const { supportNeedCounts = [], ...columns } = overrides;
  return db.wise.create({
    data: {
      name: `Profiled WISE ${sequence}`,
      countryCode: "RO",
      ...columns,
      supportNeedCounts: { create: supportNeedCounts },
    },
  });
}

/** Row counts of every table a WISE command may write, to prove that a refusal wrote nothing. */
export async function wiseRowCounts() {
  const [wises, supportNeedCounts, auditEvents] = await Promise.all([
    db.wise.count(),
    db.wiseSupportNeedCount.count(),
    db.auditEvent.count(),
  ]);
  return { wises, supportNeedCounts, auditEvents };
}

/** A complete, valid form submission: text values, as a browser sends them. */
export function wiseFormInput(overrides: Record<string, string> = {}): Record<string, string> {
  sequence += 1;
  return {
    name: `Atelier ${sequence}`,
    legalForm: "Asociație",
    countryCode: "RO",
    region: "Cluj",
    yearFounded: "2012",
    sectors: "textiles, repairs",
    website: "atelier.example.org",
    description: "Sews and repairs workwear.",
    totalEmployees: "20",
    supportNeedWorkers: "8",
    supportNeedWorkingTimePct: "35",
    integrationMode: "PERMANENT",
    productionWeight: "60",
    trainingWeight: "20",
    socialSupportWeight: "20",
    placementWeight: "0",
    salesRevenuePct: "55",
    publicContractsRevenuePct: "15",
    subsidiesRevenuePct: "20",
    donationsRevenuePct: "10",
    representativeName: "Ana Pop",
    representativeRole: "Director",
    representativeEmail: "ana@atelier.example.org",
    supportNeed_PHYSICAL_SENSORY_DISABILITY: "5",
    supportNeed_HOMELESS: "2",
    ...overrides,
  };
}
