import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import QRCode from "qrcode";
import { PrintButton } from "@/components/skills/print-button";
import { requireUser } from "@/lib/auth/session";
import { getDateFormatter } from "@/lib/dates/reader";
import { publicOrigin } from "@/lib/http/public-origin";
import { formatLinkCode, surveyLinkUrl } from "@/lib/skills/surveys/codes";
import { getSurvey } from "@/lib/skills/surveys/queries";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Surveys");
  return { title: t("detail.printSheet") };
}

/** An SVG QR code as an image address (img-src allows data:), drawn here, as the live room does. */
async function qrDataUrl(url: string): Promise<string> {
  const svg = await QRCode.toString(url, { type: "svg", margin: 1, errorCorrectionLevel: "M" });
  return `data:image/svg+xml;base64,${Buffer.from(svg).toString("base64")}`;
}

/**
 * A printable sheet: one card per WISE and staff group with its QR code, address and code. Under
 * the screen layout (no app menu), so that the printed page carries the cards only.
 */
export default async function SurveySheetPage({
  params,
}: {
  params: Promise<{ surveyId: string }>;
}) {
  const { surveyId } = await params;
  const user = await requireUser();
  const survey = await getSurvey(user, surveyId);
  if (!survey) notFound();
  const [t, tGroups, dates] = await Promise.all([
    getTranslations("Surveys.sheet"),
    getTranslations("Surveys.groups"),
    getDateFormatter(),
  ]);
  const origin = publicOrigin();
  const cards = await Promise.all(
    survey.wises.flatMap((surveyWise) =>
      surveyWise.links.map(async (link) => {
        const url = surveyLinkUrl(origin, link.code);
        return { ...link, wise: surveyWise.name, url, qr: await qrDataUrl(url) };
      }),
    ),
  );
  const opens = t("opens", {
    from: dates.date(survey.opensAt),
    to: dates.date(new Date(survey.closesAt.getTime() - 1)),
  });
  return (
    <>
      <div className="mb-6 print:hidden">
        <h1 className="text-2xl font-bold">{t("title", { title: survey.title })}</h1>
        <p className="mt-1 mb-3 text-slate-700">{t("description")}</p>
        <div className="flex flex-wrap gap-3">
          <PrintButton label={t("print")} />
          <Link href={`/surveys/${survey.id}`} className="self-center text-teal-800 underline">
            {t("back")}
          </Link>
        </div>
      </div>
      <ul className="grid gap-4 sm:grid-cols-2 print:grid-cols-2">
        {cards.map((card) => (
          <li
            key={card.id}
            className="break-inside-avoid rounded-lg border-2 border-dashed border-slate-500 p-4"
          >
            <h2 className="text-lg font-bold">{card.wise}</h2>
            <p className="font-semibold">{tGroups(card.group)}</p>
            <p className="text-sm">{survey.title}</p>
            <p className="text-sm">{opens}</p>
            <div className="mt-2 flex items-center gap-4">
              {/* biome-ignore lint/performance/noImgElement: a data: URL drawn on the server, nothing to optimise */}
              <img src={card.qr} alt={t("qrAlt", { url: card.url })} width={144} height={144} />
              <div>
                <p className="font-medium">{t("scan")}</p>
                <p className="font-mono text-2xl tracking-wider">{formatLinkCode(card.code)}</p>
                <p className="text-sm break-all">{t("orType", { url: card.url })}</p>
              </div>
            </div>
          </li>
        ))}
      </ul>
    </>
  );
}
