/**
 * `npm run admin:create -- <email> "<name>"`: the first administrator of a new installation.
 * Creates the account (or finds it) and prints a one-time invitation link with which the person
 * chooses their password. Uses DATABASE_URL; APP_URL (e.g. https://wise.example.org) makes the
 * printed link absolute.
 */
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../lib/generated/prisma/client";
import { invitationExpiry, newInvitationToken } from "../lib/users/invitation-tokens";

const [email, name] = process.argv.slice(2);
const databaseUrl = process.env.DATABASE_URL;
if (!databaseUrl || !email?.includes("@") || !name) {
  console.error(
    'Usage: DATABASE_URL=postgres://… npm run admin:create -- admin@example.org "Full Name"',
  );
  process.exit(1);
}

const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: databaseUrl }) });
try {
  const { token, tokenHash } = newInvitationToken();
  await prisma.$transaction(async (tx) => {
    const admin = await tx.user.upsert({
      where: { email: email.toLowerCase() },
      update: { role: "ADMIN", active: true, deactivatedAt: null },
      create: { email: email.toLowerCase(), name, role: "ADMIN" },
    });
    await tx.invitation.deleteMany({ where: { userId: admin.id, usedAt: null } });
    await tx.invitation.create({
      data: {
        userId: admin.id,
        createdById: admin.id,
        tokenHash,
        expiresAt: invitationExpiry(new Date()),
      },
    });
  });
  console.log(
    `Administrator ${email} is ready. Open this link (valid 7 days) to choose a password:`,
  );
  console.log(`${process.env.APP_URL ?? ""}/invite/${token}`);
} finally {
  await prisma.$disconnect();
}
