import type { ReactNode } from "react";
import { AppHeader } from "@/components/layout/app-header";
import { requireUser } from "@/lib/auth/session";
import { getWaitingCount } from "@/lib/home/queries";

export default async function SignedInLayout({ children }: { children: ReactNode }) {
  const user = await requireUser();
  const waiting = await getWaitingCount(user);
  return (
    <>
      <AppHeader user={user} waiting={waiting} />
      <main id="main" className="mx-auto max-w-5xl px-4 py-6">
        {children}
      </main>
    </>
  );
}
