import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { countryName } from "@/lib/countries/catalogue";
import type { WiseModel } from "@/lib/generated/prisma/enums";

type Listed = {
  id: string;
  countryCode: string;
  title: string;
  need: string;
  models: WiseModel[];
  publishedAt: Date | null;
};

/** One page of results: title (a link), country, models, and a badge on items not public yet. */
export async function PracticeList({ items, basePath }: { items: Listed[]; basePath: string }) {
  const [t, tModels, locale] = await Promise.all([
    getTranslations("GoodPractices"),
    getTranslations("Models"),
    getLocale(),
  ]);
  return (
    <ul className="mb-6 grid gap-3">
      {items.map((item) => (
        <li key={item.id} className="rounded-lg border border-slate-300 bg-white p-3">
          <h2 className="text-lg font-semibold">
            <Link
              href={`${basePath}/${item.id}`}
              className="text-teal-800 underline underline-offset-4"
            >
              {item.title}
            </Link>
          </h2>
          <p className="text-sm text-slate-700">
            {[
              countryName(item.countryCode, locale),
              ...item.models.map((m) => tModels(`${m}.name`)),
            ].join(" · ")}
            {item.publishedAt === null && (
              <span className="ml-2 rounded-full border border-amber-700 bg-amber-50 px-2 py-0.5 font-medium text-amber-900">
                {t("notPublic")}
              </span>
            )}
          </p>
          <p className="mt-1 line-clamp-3 text-slate-800">{item.need}</p>
        </li>
      ))}
    </ul>
  );
}
