import "server-only";
import { db } from "@/lib/db";

export async function recordSignInAttempt(email: string, ip: string, succeeded: boolean) {
  await db.signInAttempt.create({ data: { email, ip, succeeded } });
}
