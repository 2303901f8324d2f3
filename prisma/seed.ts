/**
 * Demo data for a fresh installation: one account per role, the Romanian partners of B-WISE and
 * one partner elsewhere, so that country scoping is visible from the first sign-in. Runs only
 * on an empty database (no users), so it never touches real data.
 *
 * Usage: `npm run db:seed` (uses DATABASE_URL), or `seedIfEmpty(url)` from the dev and e2e scripts.
 */
import { PrismaPg } from "@prisma/adapter-pg";
import argon2 from "argon2";
import { PrismaClient } from "../lib/generated/prisma/client";
import type { Role } from "../lib/generated/prisma/enums";

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
  { email: "admin@wisefocus.example", password: "wise-admin-demo", name: "Ana Admin", role: "ADMIN" },
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

export async function seedIfEmpty(databaseUrl: string): Promise<boolean> {
  const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: databaseUrl }) });
  try {
    if ((await prisma.user.count()) > 0) return false;
    const hashes = await Promise.all(
      DEMO_ACCOUNTS.map((account) => argon2.hash(account.password, { type: argon2.argon2id })),
    );
    await prisma.$transaction(async (tx) => {
      const organisationIds = new Map<string, { id: string; countryCode: string }>();
      for (const organisation of DEMO_ORGANISATIONS) {
        const created = await tx.organisation.upsert({
          where: { name_countryCode: { name: organisation.name, countryCode: organisation.countryCode } },
          update: {},
          create: { name: organisation.name, countryCode: organisation.countryCode },
        });
        organisationIds.set(organisation.key, { id: created.id, countryCode: created.countryCode });
      }
      for (const [index, account] of DEMO_ACCOUNTS.entries()) {
        const organisation = account.organisation ? organisationIds.get(account.organisation) : undefined;
        await tx.user.create({
          data: {
            email: account.email,
            name: account.name,
            role: account.role,
            passwordHash: hashes[index],
            organisationId: organisation?.id,
            countryCode: account.countryCode ?? organisation?.countryCode,
          },
        });
      }
    });
    return true;
  } finally {
    await prisma.$disconnect();
  }
}

const isMain = import.meta.url === `file://${process.argv[1]}`;
if (isMain) {
  const url = process.env.DATABASE_URL;
  if (!url) {
    console.error("DATABASE_URL is not set.");
    process.exit(1);
  }
  seedIfEmpty(url)
    .then((seeded) => console.log(seeded ? "Demo data seeded." : "Database has users already: nothing seeded."))
    .catch((error) => {
      console.error(error);
      process.exit(1);
    });
}
