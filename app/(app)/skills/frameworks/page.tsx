import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ListPageHeader } from "@/components/ui/list-page-header";
import { requirePermission } from "@/lib/auth/session";
import { getDateFormatter } from "@/lib/dates/reader";
import { listSkillFrameworks } from "@/lib/skills/framework/queries";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("SkillFrameworks");
  return { title: t("title") };
}

export default async function SkillFrameworksPage() {
  const user = await requirePermission("skillFramework.manage");
  const [frameworks, t, dates] = await Promise.all([
    listSkillFrameworks(user),
    getTranslations("SkillFrameworks"),
    getDateFormatter(),
  ]);
  return (
    <>
      <ListPageHeader title={t("title")} description={t("description")} />
      {frameworks.length === 0 ? (
        <p>{t("empty")}</p>
      ) : (
        <div className="overflow-x-auto">
          <table className="w-full border-collapse bg-white text-left">
            <caption className="sr-only">{t("title")}</caption>
            <thead>
              <tr className="border-b border-slate-400">
                {(["framework", "basedOn", "skills", "surveys", "state", "created"] as const).map(
                  (column) => (
                    <th key={column} scope="col" className="p-2">
                      {t(column)}
                    </th>
                  ),
                )}
              </tr>
            </thead>
            <tbody>
              {frameworks.map((framework) => (
                <tr key={framework.id} className="border-b border-slate-200">
                  <td className="p-2">
                    <Link
                      href={`/skills/frameworks/${framework.id}`}
                      className="font-medium text-teal-800 underline"
                    >
                      {t("frameworkVersion", { name: framework.name, version: framework.version })}
                    </Link>
                  </td>
                  <td className="p-2">
                    {framework.basedOn
                      ? t("versionLink", { version: framework.basedOn.version })
                      : "—"}
                  </td>
                  <td className="p-2">{framework.skillCount}</td>
                  <td className="p-2">{framework.surveyCount}</td>
                  <td className="p-2">{framework.surveyCount > 0 ? t("inUse") : t("editable")}</td>
                  <td className="p-2">{dates.date(framework.createdAt, "medium")}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
