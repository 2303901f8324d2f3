"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";

/** The one-time link, shown once: only its hash is stored, so it cannot be displayed again later. */
export function InvitationLink({ url }: { url: string }) {
  const t = useTranslations("Forms");
  const [copied, setCopied] = useState(false);
  return (
    <div className="mt-2">
      <label htmlFor="invitation-link" className="block font-medium">
        {t("invitationLink")}
      </label>
      <p className="text-sm text-slate-700">{t("invitationLinkHint")}</p>
      <div className="mt-1 flex gap-2">
        <input
          id="invitation-link"
          readOnly
          value={url}
          className="min-h-11 w-full rounded-md border border-slate-500 bg-white px-3 font-mono text-sm"
          onFocus={(event) => event.currentTarget.select()}
        />
        <button
          type="button"
          className="min-h-11 rounded-md border border-slate-500 px-3 font-medium hover:bg-slate-100"
          onClick={async () => {
            await navigator.clipboard.writeText(url);
            setCopied(true);
          }}
        >
          {copied ? t("copied") : t("copy")}
        </button>
      </div>
    </div>
  );
}
