import type { ReactNode } from "react";
import { requireUser } from "@/lib/auth/session";

/**
 * Full-screen pages for a projector (the live room's screen): signed in like the app, but without
 * its menu, which the room has no use for. Each page checks its own permission.
 */
export default async function ScreenLayout({ children }: { children: ReactNode }) {
  await requireUser();
  return (
    <main id="main" className="mx-auto w-full max-w-7xl px-6 py-6">
      {children}
    </main>
  );
}
