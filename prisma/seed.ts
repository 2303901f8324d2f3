/**
 * Demo data for a fresh installation: one account per role, the Romanian partners of B-WISE and
 * one partner elsewhere, so that country scoping is visible from the first sign-in. Runs only
 * on an empty database (no users), so it never touches real data.
 *
 * Usage: `npm run db:seed` (reference data only, for production) or `npm run db:seed:demo`, both
 * on DATABASE_URL; `seedIfEmpty(url)` from the dev and e2e scripts.
 */
import { PrismaPg } from "@prisma/adapter-pg";
import argon2 from "argon2";
import { PrismaClient } from "../lib/generated/prisma/client";
import type { Role } from "../lib/generated/prisma/enums";
import { seedDemoGoodPractices } from "./seed-demo-good-practices";
import { seedDemoSessions } from "./seed-demo-sessions";
import { seedDemoSurveys } from "./seed-demo-surveys";
import { ensureDefaultGrid } from "./seed-grid";
import { ensureSkillFramework } from "./seed-skills";

export const DEMO_ORGANISATIONS = [
  { key: "rise", name: "RISE Romania", countryCode: "RO" },
  { key: "adv", name: "ADV Romania", countryCode: "RO" },
  { key: "ensie", name: "ENSIE", countryCode: "BE" },
] as const;

type DemoAccount = {
  email: string;
  password: string;
  name: string;
  role: Role;
  organisation?: (typeof DEMO_ORGANISATIONS)[number]["key"];
  countryCode?: string;
};

/** Listed in README.md; keep the two in step. */
export const DEMO_ACCOUNTS: DemoAccount[] = [
  {
    email: "admin@wisefocus.example",
    password: "wise-admin-demo",
    name: "Ana Admin",
    role: "ADMIN",
  },
  {
    email: "facilitator@wisefocus.example",
    password: "wise-facilitator-demo",
    name: "Florin Facilitator",
    role: "FACILITATOR",
    organisation: "rise",
    countryCode: "RO",
  },
  {
    email: "partner.ro@wisefocus.example",
    password: "wise-partner-demo",
    name: "Paula Partener",
    role: "PARTNER",
    organisation: "rise",
  },
  {
    email: "partner.be@wisefocus.example",
    password: "wise-partner-demo",
    name: "Pieter Partner",
    role: "PARTNER",
    organisation: "ensie",
  },
  {
    email: "participant@wisefocus.example",
    password: "wise-participant-demo",
    name: "Petra Participant",
    role: "PARTICIPANT",
    countryCode: "RO",
  },
];

/** Scored demo sessions take more than Prisma's default 5 s on a busy machine. */
const SEED_TRANSACTION = { timeout: 60_000 };

function required<K, V>(map: Map<K, V>, key: K): V {
  const value = map.get(key);
  if (value === undefined) throw new Error(`Demo data is missing ${String(key)}`);
  return value;
}

/**
 * Reference data every installation needs (the default B-WISE grid) is ensured on every run;
 * demo accounts, WISEs and sessions only on a database without users.
 */
export async function seedIfEmpty(databaseUrl: string): Promise<boolean> {
  const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: databaseUrl }) });
  try {
    const gridId = await ensureDefaultGrid(prisma);
    const skillFrameworkId = await ensureSkillFramework(prisma);
    if ((await prisma.user.count()) > 0) return false;
    const hashes = await Promise.all(
      DEMO_ACCOUNTS.map((account) => argon2.hash(account.password, { type: argon2.argon2id })),
    );
    await prisma.$transaction(async (tx) => {
      const organisationIds = new Map<string, { id: string; countryCode: string }>();
      for (const organisation of DEMO_ORGANISATIONS) {
        const created = await tx.organisation.upsert({
          where: {
            name_countryCode: { name: organisation.name, countryCode: organisation.countryCode },
          },
          update: {},
          create: { name: organisation.name, countryCode: organisation.countryCode },
        });
        organisationIds.set(organisation.key, { id: created.id, countryCode: created.countryCode });
      }
      const userIds = new Map<Role, string>();
      for (const [index, account] of DEMO_ACCOUNTS.entries()) {
        const organisation = account.organisation
          ? organisationIds.get(account.organisation)
          : undefined;
        const user = await tx.user.create({
          data: {
            email: account.email,
            name: account.name,
            role: account.role,
            passwordHash: hashes[index],
            organisationId: organisation?.id,
            countryCode: account.countryCode ?? organisation?.countryCode,
          },
        });
        if (!userIds.has(account.role)) userIds.set(account.role, user.id);
      }
      await seedDemoSessions(tx, gridId, {
        adminId: required(userIds, "ADMIN"),
        facilitatorId: required(userIds, "FACILITATOR"),
        participantId: required(userIds, "PARTICIPANT"),
        partnerRoId: required(userIds, "PARTNER"),
        riseId: required(organisationIds, "rise").id,
        ensieId: required(organisationIds, "ensie").id,
      });
      await seedDemoSurveys(tx, skillFrameworkId, {
        partnerRoId: required(userIds, "PARTNER"),
        facilitatorId: required(userIds, "FACILITATOR"),
      });
      await seedDemoGoodPractices(tx, { facilitatorId: required(userIds, "FACILITATOR") });
    }, SEED_TRANSACTION);
    return true;
  } finally {
    await prisma.$disconnect();
  }
}

/** Reference data only: what a production installation needs, and no demo accounts. */
export async function seedReferenceData(databaseUrl: string): Promise<void> {
  const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: databaseUrl }) });
  try {
    await ensureDefaultGrid(prisma);
    await ensureSkillFramework(prisma);
  } finally {
    await prisma.$disconnect();
  }
}

async function main(databaseUrl: string, withDemo: boolean) {
  if (!withDemo) {
    await seedReferenceData(databaseUrl);
    console.log("Reference data is in place (the default B-WISE grid and skills framework).");
    return;
  }
  const seeded = await seedIfEmpty(databaseUrl);
  console.log(seeded ? "Demo data seeded." : "The database has users already: no demo data added.");
}

const isMain = import.meta.url === `file://${process.argv[1]}`;
if (isMain) {
  const url = process.env.DATABASE_URL;
  if (!url) {
    console.error("DATABASE_URL is not set.");
    process.exit(1);
  }
  main(url, process.argv.includes("--demo")).catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
