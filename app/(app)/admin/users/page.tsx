import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { buttonClasses } from "@/components/ui/button-classes";
import { ListPageHeader } from "@/components/ui/list-page-header";
import { requirePermission } from "@/lib/auth/session";
import { getDateFormatter } from "@/lib/dates/reader";
import { listUsers } from "@/lib/users/queries";
import { ROLES, UserFilterSchema } from "@/lib/users/schemas";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Users");
  return { title: t("title") };
}

const CONTROL = "min-h-11 rounded-md border border-slate-500 bg-white px-3";

export default async function UsersPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const user = await requirePermission("user.list");
  const filter = UserFilterSchema.parse(await searchParams);
  const [users, t, tRoles, dates] = await Promise.all([
    listUsers(user, filter),
    getTranslations("Users"),
    getTranslations("Roles"),
    getDateFormatter(),
  ]);
  return (
    <>
      <ListPageHeader
        title={t("title")}
        description={t("description")}
        newItem={{ href: "/admin/users/new", label: t("newUser") }}
      />
      <form method="get" className="mb-4 flex flex-wrap items-end gap-3" aria-label={t("filters")}>
        <div>
          <label htmlFor="q" className="block text-sm font-medium">
            {t("search")}
          </label>
          <input id="q" name="q" type="search" defaultValue={filter.q} className={CONTROL} />
        </div>
        <div>
          <label htmlFor="role" className="block text-sm font-medium">
            {t("role")}
          </label>
          <select id="role" name="role" defaultValue={filter.role ?? ""} className={CONTROL}>
            <option value="">{t("allRoles")}</option>
            {ROLES.map((role) => (
              <option key={role} value={role}>
                {tRoles(role)}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="status" className="block text-sm font-medium">
            {t("status")}
          </label>
          <select id="status" name="status" defaultValue={filter.status ?? ""} className={CONTROL}>
            <option value="">{t("anyStatus")}</option>
            <option value="active">{t("active")}</option>
            <option value="inactive">{t("inactive")}</option>
          </select>
        </div>
        <button type="submit" className={buttonClasses("secondary")}>
          {t("applyFilters")}
        </button>
      </form>
      {users.length === 0 ? (
        <p>{t("empty")}</p>
      ) : (
        <div className="overflow-x-auto">
          <table className="w-full border-collapse bg-white text-left">
            <caption className="sr-only">{t("title")}</caption>
            <thead>
              <tr className="border-b border-slate-400">
                <th scope="col" className="p-2">
                  {t("name")}
                </th>
                <th scope="col" className="p-2">
                  {t("role")}
                </th>
                <th scope="col" className="p-2">
                  {t("organisation")}
                </th>
                <th scope="col" className="p-2">
                  {t("status")}
                </th>
                <th scope="col" className="p-2">
                  {t("created")}
                </th>
              </tr>
            </thead>
            <tbody>
              {users.map((row) => (
                <tr key={row.id} className="border-b border-slate-200">
                  <td className="p-2">
                    <Link
                      href={`/admin/users/${row.id}`}
                      className="font-medium text-teal-800 underline"
                    >
                      {row.name}
                    </Link>
                    <span className="block text-sm text-slate-700">{row.email}</span>
                  </td>
                  <td className="p-2">{tRoles(row.role)}</td>
                  <td className="p-2">{row.organisation?.name ?? "—"}</td>
                  <td className="p-2">{row.active ? t("active") : t("inactive")}</td>
                  <td className="p-2">{dates.date(row.createdAt, "medium")}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
