import { getFormatter, getTranslations } from "next-intl/server";
import { ScrollRegion } from "@/components/results/scroll-region";
import type { GroupGaps } from "@/lib/skills/gaps/gap-map";
import { ImportanceChart } from "./importance-chart";

type Props = {
  group: GroupGaps;
  /** A skill's name in the reader's language, by code. */
  skillName: (code: string) => string;
};

/** One staff group: its priorities (Borich), its most important skills, its IPA chart with table. */
export async function GroupGapsSection({ group, skillName }: Props) {
  const [t, format] = await Promise.all([getTranslations("SkillGaps"), getFormatter()]);
  const groupName = t(`groups.${group.group}`);
  const id = `group-${group.group.toLowerCase()}`;
  const n = (value: number | null) =>
    value === null
      ? t("noAnswers")
      : format.number(value, { maximumFractionDigits: 2, minimumFractionDigits: 2 });
  const split = group.skills.length
    ? {
        mastery: group.skills.reduce((s, k) => s + k.meanMastery, 0) / group.skills.length,
        importance: group.skills.reduce((s, k) => s + k.meanImportance, 0) / group.skills.length,
      }
    : { mastery: 3, importance: 3 };
  return (
    <section aria-labelledby={`${id}-heading`} className="mb-10">
      <h2 id={`${id}-heading`} className="mb-2 text-xl font-semibold">
        {t("groupHeading", {
          group: groupName,
          respondents: t("respondents", { count: group.respondents }),
        })}
      </h2>
      {group.hiddenSkills > 0 && (
        <p className="mb-2 text-sm text-slate-700">
          {t("hiddenSkills", { count: group.hiddenSkills })}
        </p>
      )}
      {group.skills.length === 0 ? (
        <p>{t("empty")}</p>
      ) : (
        <>
          <h3 className="mt-4 font-semibold">{t("mostImportant", { group: groupName })}</h3>
          <ol className="mb-4 ml-6 list-decimal">
            {group.mostImportant.map((skill) => (
              <li key={skill.code}>
                {skillName(skill.code)} ({n(skill.meanImportance)})
              </li>
            ))}
          </ol>
          <ScrollRegion labelledBy={`${id}-priorities`} className="mb-4">
            <table className="w-full border-collapse text-left text-sm">
              <caption id={`${id}-priorities`} className="mb-1 text-left font-semibold">
                {t("priorities", { group: groupName })}
                <span className="block text-sm font-normal text-slate-700">
                  {t("prioritiesHint")}
                </span>
              </caption>
              <thead>
                <tr className="border-b border-slate-400">
                  {(
                    [
                      "rank",
                      "skill",
                      "area",
                      "respondents",
                      "importance",
                      "future",
                      "mastery",
                      "gap",
                      "mwds",
                      "quadrant",
                    ] as const
                  ).map((column) => (
                    <th key={column} scope="col" className="p-2">
                      {t(`columns.${column}`)}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {group.skills.map((skill) => (
                  <tr key={skill.code} className="border-b border-slate-200">
                    <td className="p-2 tabular-nums">{skill.rank}</td>
                    <th scope="row" className="p-2 font-normal">
                      {skillName(skill.code)}
                    </th>
                    <td className="p-2">{t(`areas.${skill.area}` as "areas.WORK")}</td>
                    <td className="p-2 text-right tabular-nums">{skill.respondents}</td>
                    <td className="p-2 text-right tabular-nums">{n(skill.meanImportance)}</td>
                    <td className="p-2 text-right tabular-nums">{n(skill.meanFuture)}</td>
                    <td className="p-2 text-right tabular-nums">{n(skill.meanMastery)}</td>
                    <td className="p-2 text-right tabular-nums">{n(skill.gap)}</td>
                    <td className="p-2 text-right tabular-nums">{n(skill.mwds)}</td>
                    <td className="p-2">{t(`quadrants.${skill.quadrant}`)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollRegion>
          <figure
            aria-labelledby={`${id}-ipa`}
            className="rounded-lg border border-slate-300 bg-white p-4"
          >
            <figcaption id={`${id}-ipa`} className="mb-2 font-semibold">
              {t("ipChart", { group: groupName })}
              <span className="block text-sm font-normal text-slate-700">{t("ipChartHint")}</span>
            </figcaption>
            <ImportanceChart
              points={group.skills.map((skill) => ({
                label: skillName(skill.code),
                mastery: skill.meanMastery,
                importance: skill.meanImportance,
              }))}
              split={split}
              masteryLabel={t("columns.mastery")}
              importanceLabel={t("columns.importance")}
            />
            <details className="mt-2">
              <summary className="cursor-pointer font-medium text-teal-800 underline underline-offset-4">
                {t("showTable")}
              </summary>
              <ScrollRegion labelledBy={`${id}-ipa-table`} className="mt-2">
                <table className="w-full border-collapse text-left text-sm">
                  <caption id={`${id}-ipa-table`} className="sr-only">
                    {t("ipChart", { group: groupName })}
                  </caption>
                  <thead>
                    <tr className="border-b border-slate-400">
                      <th scope="col" className="p-2">
                        {t("columns.skill")}
                      </th>
                      <th scope="col" className="p-2 text-right">
                        {t("columns.mastery")}
                      </th>
                      <th scope="col" className="p-2 text-right">
                        {t("columns.importance")}
                      </th>
                      <th scope="col" className="p-2">
                        {t("columns.quadrant")}
                      </th>
                    </tr>
                  </thead>
                  <tbody>
                    {group.skills.map((skill) => (
                      <tr key={skill.code} className="border-b border-slate-200">
                        <th scope="row" className="p-2 font-normal">
                          {skillName(skill.code)}
                        </th>
                        <td className="p-2 text-right tabular-nums">{n(skill.meanMastery)}</td>
                        <td className="p-2 text-right tabular-nums">{n(skill.meanImportance)}</td>
                        <td className="p-2">{t(`quadrants.${skill.quadrant}`)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </ScrollRegion>
            </details>
          </figure>
        </>
      )}
    </section>
  );
}
