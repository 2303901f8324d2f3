import { getTranslations } from "next-intl/server";
import QRCode from "qrcode";

/** The code spaced in two groups of three, easier to read from the back of the room. */
export function spacedCode(code: string): string {
  return code.length === 6 ? `${code.slice(0, 3)} ${code.slice(3)}` : code;
}

/**
 * How to join, drawn on the server: the code, the address to type and a QR code of the join
 * page with the code filled in. The SVG is generated from our own URL, never from user input.
 */
export async function JoinPanel({
  joinCode,
  origin,
  large = false,
  children,
}: {
  joinCode: string;
  origin: string;
  large?: boolean;
  children?: React.ReactNode;
}) {
  const t = await getTranslations("Live");
  const joinUrl = `${origin}/join?code=${encodeURIComponent(joinCode)}`;
  const svg = await QRCode.toString(joinUrl, { type: "svg", margin: 1, errorCorrectionLevel: "M" });
  return (
    <section
      aria-labelledby="live-join"
      className={`flex flex-wrap items-center gap-6 rounded-lg border border-slate-300 bg-white p-4 ${large ? "justify-center" : ""}`}
    >
      <div
        className={large ? "size-80" : "size-40"}
        role="img"
        aria-label={t("qrLabel", { url: joinUrl })}
      >
        {/* biome-ignore lint/security/noDangerouslySetInnerHtml: SVG made by the qrcode library from our own URL */}
        <div className="size-full" dangerouslySetInnerHTML={{ __html: svg }} />
      </div>
      <div>
        <h2 id="live-join" className={large ? "text-3xl font-semibold" : "text-lg font-semibold"}>
          {t("joinAt", { address: `${origin}/join` })}
        </h2>
        <p className={large ? "text-2xl" : ""}>{t("withCode")}</p>
        <p
          data-testid="join-code"
          className={`font-mono font-bold tracking-widest text-slate-900 ${large ? "text-8xl" : "text-5xl"}`}
        >
          {spacedCode(joinCode)}
        </p>
        {children}
      </div>
    </section>
  );
}
