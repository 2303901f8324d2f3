import { getTranslations } from "next-intl/server";

/** Links to the gap map's files, with the page's cuts (the route handler checks the reader). */
export async function GapExportLinks({
  surveyId,
  query = {},
}: {
  surveyId?: string;
  query?: Record<string, string | undefined>;
}) {
  const t = await getTranslations("SkillGaps");
  const href = (kind: string, format?: string) => {
    const params = new URLSearchParams();
    if (surveyId) params.set("survey", surveyId);
    for (const [key, value] of Object.entries(query)) if (value) params.set(key, value);
    params.set("kind", kind);
    if (format) params.set("format", format);
    return `/api/skills/gaps/export?${params}`;
  };
  const links = [
    { href: href("aggregates", "csv"), label: t("aggregatesCsv") },
    { href: href("aggregates", "xlsx"), label: t("aggregatesXlsx") },
    { href: href("answers", "csv"), label: t("answersCsv") },
    { href: href("answers", "xlsx"), label: t("answersXlsx") },
    { href: href("pdf"), label: t("pdf") },
  ];
  return (
    <nav aria-labelledby="gap-exports-heading" className="mb-6">
      <h2 id="gap-exports-heading" className="mb-1 font-semibold">
        {t("exports")}
      </h2>
      <ul className="flex flex-wrap gap-x-4 gap-y-1">
        {links.map((link) => (
          <li key={link.href}>
            {/* A download, not a page: a plain link, no client-side navigation. */}
            <a href={link.href} className="text-teal-800 underline underline-offset-4">
              {link.label}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
