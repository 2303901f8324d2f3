import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ListPageHeader } from "@/components/ui/list-page-header";
import { requirePermission } from "@/lib/auth/session";
import { getDateFormatter } from "@/lib/dates/reader";
import { listGrids } from "@/lib/grids/queries";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Grids");
  return { title: t("title") };
}

export default async function GridsPage() {
  const user = await requirePermission("grid.read");
  const [grids, t, dates] = await Promise.all([
    listGrids(user),
    getTranslations("Grids"),
    getDateFormatter(),
  ]);
  return (
    <>
      <ListPageHeader title={t("title")} description={t("description")} />
      {grids.length === 0 ? (
        <p>{t("empty")}</p>
      ) : (
        <div className="overflow-x-auto">
          <table className="w-full border-collapse bg-white text-left">
            <caption className="sr-only">{t("title")}</caption>
            <thead>
              <tr className="border-b border-slate-400">
                <th scope="col" className="p-2">
                  {t("grid")}
                </th>
                <th scope="col" className="p-2">
                  {t("basedOn")}
                </th>
                <th scope="col" className="p-2">
                  {t("criteria")}
                </th>
                <th scope="col" className="p-2">
                  {t("sessions")}
                </th>
                <th scope="col" className="p-2">
                  {t("state")}
                </th>
                <th scope="col" className="p-2">
                  {t("created")}
                </th>
              </tr>
            </thead>
            <tbody>
              {grids.map((grid) => (
                <tr key={grid.id} className="border-b border-slate-200">
                  <td className="p-2">
                    <Link
                      href={`/grids/${grid.id}`}
                      className="font-medium text-teal-800 underline"
                    >
                      {t("gridVersion", { name: grid.name, version: grid.version })}
                    </Link>
                  </td>
                  <td className="p-2">
                    {grid.basedOn ? t("versionLink", { version: grid.basedOn.version }) : "—"}
                  </td>
                  <td className="p-2">{grid.criterionCount}</td>
                  <td className="p-2">{grid.usage.sessionCount}</td>
                  <td className="p-2">
                    {grid.usage.lockReason === "gridHasScores"
                      ? t("lockedScores")
                      : grid.usage.lockReason === "gridUsedBySession"
                        ? t("lockedSessions")
                        : t("editable")}
                  </td>
                  <td className="p-2">{dates.date(grid.createdAt, "medium")}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
