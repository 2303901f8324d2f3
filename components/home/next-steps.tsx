import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { type Actor, can, type GlobalPermission } from "@/lib/auth/permissions";

type StepKey =
  | "manageUsers"
  | "manageOrganisations"
  | "sessions"
  | "wiseRegistry"
  | "manageGrids"
  | "reviewResults"
  | "compareCountries"
  | "readSummaries";

type NextStep = {
  key: StepKey;
  permission: GlobalPermission;
  /** Absent while the feature is still being built: the card says so instead of linking nowhere. */
  href?: string;
};

/** What each role can do next, in the order they usually need it. */
const NEXT_STEPS: NextStep[] = [
  { key: "manageUsers", permission: "user.list", href: "/admin/users" },
  { key: "manageOrganisations", permission: "organisation.list", href: "/admin/organisations" },
  { key: "sessions", permission: "session.list", href: "/sessions" },
  { key: "wiseRegistry", permission: "wise.list", href: "/wises" },
  { key: "manageGrids", permission: "grid.manage", href: "/grids" },
  { key: "reviewResults", permission: "results.review", href: "/results" },
  { key: "compareCountries", permission: "results.compareCountries", href: "/results/europe" },
  { key: "readSummaries", permission: "summary.read", href: "/summaries" },
];

export async function NextSteps({ user }: { user: Actor }) {
  const t = await getTranslations("Home.steps");
  const tHome = await getTranslations("Home");
  const steps = NEXT_STEPS.filter((step) => can(user, step.permission));
  return (
    <ul className="grid gap-4 sm:grid-cols-2">
      {steps.map((step) => (
        <li key={step.key} className="rounded-lg border border-slate-300 bg-white p-4 shadow-sm">
          <h3 className="text-lg font-semibold">
            {step.href ? (
              <Link href={step.href} className="text-teal-800 underline underline-offset-4">
                {t(`${step.key}.title`)}
              </Link>
            ) : (
              t(`${step.key}.title`)
            )}
          </h3>
          <p className="mt-1 text-slate-700">
            {/* Focus groups and results mean something different to each role: say what they do there. */}
            {step.key === "sessions"
              ? tHome(`sessionsStepFor.${user.role}`)
              : step.key === "reviewResults"
                ? tHome(`reviewStepFor.${user.role}`)
                : t(`${step.key}.description`)}
          </p>
          {!step.href && (
            <p className="mt-2 inline-block rounded bg-amber-100 px-2 py-0.5 text-sm font-medium text-amber-900">
              {tHome("comingSoon")}
            </p>
          )}
        </li>
      ))}
    </ul>
  );
}
