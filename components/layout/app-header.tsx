import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { signOutAction } from "@/lib/auth/actions";
import { type Actor, can } from "@/lib/auth/permissions";
import { LanguageSwitcher } from "./language-switcher";

type HeaderUser = Actor & { name: string };

/** `waiting`: how many things need the user now, shown beside Home (whose page lists them). */
export async function AppHeader({ user, waiting = 0 }: { user: HeaderUser; waiting?: number }) {
  const t = await getTranslations("Nav");
  const tRoles = await getTranslations("Roles");
  const links = [
    { href: "/", label: t("home"), show: true },
    { href: "/sessions", label: t("sessions"), show: can(user, "session.list") },
    { href: "/wises", label: t("wises"), show: can(user, "wise.list") },
    { href: "/results", label: t("results"), show: can(user, "results.review") },
    { href: "/summaries", label: t("summaries"), show: can(user, "summary.read") },
    { href: "/good-practices", label: t("goodPractices"), show: can(user, "goodPractice.read") },
    {
      href: "/skills/gaps",
      label: t("skillGaps"),
      show: can(user, "skills.readGaps", { countryCode: user.countryCode ?? "ZZ" }),
    },
    { href: "/reports", label: t("reports"), show: can(user, "report.list") },
    { href: "/grids", label: t("grids"), show: can(user, "grid.manage") },
    { href: "/surveys", label: t("surveys"), show: can(user, "survey.list") },
    { href: "/case-studies", label: t("caseStudies"), show: can(user, "caseStudy.list") },
    {
      href: "/skills/frameworks",
      label: t("skillFrameworks"),
      show: can(user, "skillFramework.manage"),
    },
    { href: "/admin/users", label: t("users"), show: can(user, "user.list") },
    {
      href: "/admin/organisations",
      label: t("organisations"),
      show: can(user, "organisation.list"),
    },
    { href: "/admin/import", label: t("import"), show: can(user, "bundle.import") },
    { href: "/audit", label: t("audit"), show: can(user, "audit.read") },
    { href: "/languages", label: t("languages"), show: can(user, "language.list") },
  ].filter((link) => link.show);
  return (
    <header className="border-b border-slate-300 bg-white">
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-10 focus:rounded focus:bg-white focus:p-2"
      >
        {t("skipToContent")}
      </a>
      <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-2 px-4 py-2">
        <nav aria-label={t("main")} className="flex flex-wrap items-center gap-1">
          <span className="mr-3 text-lg font-bold text-teal-900">WISE Focus</span>
          {links.map((link) => (
            <Link
              key={link.href}
              href={link.href}
              className="min-h-11 rounded-md px-3 py-2 font-medium text-slate-800 hover:bg-slate-100 focus-visible:outline-3 focus-visible:outline-amber-500"
            >
              {link.label}
              {link.href === "/" && waiting > 0 && (
                <>
                  {" "}
                  <span className="ml-1 rounded-full bg-teal-800 px-2 py-0.5 text-sm font-semibold text-white">
                    <span aria-hidden="true">{waiting}</span>
                    <span className="sr-only">{t("waiting", { count: waiting })}</span>
                  </span>
                </>
              )}
            </Link>
          ))}
        </nav>
        <div className="flex flex-wrap items-center gap-2">
          <LanguageSwitcher />
          <span className="text-sm text-slate-700">
            {user.name} · {tRoles(user.role)}
          </span>
          <form action={signOutAction}>
            <button
              type="submit"
              className="min-h-11 rounded-md border border-slate-400 px-3 text-sm font-medium hover:bg-slate-100 focus-visible:outline-3 focus-visible:outline-amber-500"
            >
              {t("signOut")}
            </button>
          </form>
        </div>
      </div>
    </header>
  );
}
