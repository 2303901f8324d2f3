import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import { serverEnv } from "@/lib/env";
import { PrismaClient } from "@/lib/generated/prisma/client";

const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient };

function client(): PrismaClient {
  if (!globalForPrisma.prisma) {
    // Kept on globalThis so that hot reloads in development reuse one connection pool.
    globalForPrisma.prisma = new PrismaClient({
      adapter: new PrismaPg({ connectionString: serverEnv().databaseUrl }),
    });
  }
  return globalForPrisma.prisma;
}

/**
 * The one Prisma client. Created on first use rather than at import, so that building the app
 * needs no DATABASE_URL.
 */
export const db: PrismaClient = new Proxy({} as PrismaClient, {
  get(_target, property) {
    const instance = client();
    const value = Reflect.get(instance, property);
    return typeof value === "function" ? value.bind(instance) : value;
  },
});

export type { Prisma } from "@/lib/generated/prisma/client";
