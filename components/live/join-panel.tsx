"use client";

import { useTranslations } from "next-intl";
import type { ReactNode } from "react";

/** The code spaced in two groups of three, easier to read from the back of the room. */
export function spacedCode(code: string): string {
  return code.length === 6 ? `${code.slice(0, 3)} ${code.slice(3)}` : code;
}

/**
 * How to join: the address to type, the code, and a QR code of the join page with the code
 * filled in (an SVG drawn on the server by ../live/qr).
 */
export function JoinPanel({
  sessionId,
  joinCode,
  origin,
  large = false,
  children,
}: {
  sessionId: string;
  joinCode: string;
  origin: string;
  large?: boolean;
  children?: ReactNode;
}) {
  const t = useTranslations("Live");
  const joinUrl = `${origin}/join?code=${encodeURIComponent(joinCode)}`;
  return (
    <section
      aria-labelledby="live-join"
      className={`flex flex-wrap items-center gap-6 rounded-lg border border-slate-300 bg-white p-4 ${large ? "justify-center" : ""}`}
    >
      {/* biome-ignore lint/performance/noImgElement: a small SVG from our own route, nothing to optimise */}
      <img
        src={`/sessions/${sessionId}/live/qr?code=${encodeURIComponent(joinCode)}`}
        alt={t("qrLabel", { url: joinUrl })}
        className={large ? "size-80" : "size-40"}
      />
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
