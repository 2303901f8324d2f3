import { getTranslations } from "next-intl/server";
import type { SessionStatus } from "@/lib/generated/prisma/enums";

const COLOURS: Record<SessionStatus, string> = {
  DRAFT: "bg-slate-200 text-slate-900",
  OPEN: "bg-emerald-100 text-emerald-900",
  CLOSED: "bg-amber-100 text-amber-900",
  PUBLISHED: "bg-sky-100 text-sky-900",
};

export async function StatusBadge({ status }: { status: SessionStatus }) {
  const t = await getTranslations("Sessions.status");
  return (
    <span className={`rounded px-2 py-0.5 text-sm font-semibold ${COLOURS[status]}`}>
      {t(status)}
    </span>
  );
}
