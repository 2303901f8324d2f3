"use client";

import { useTranslations } from "next-intl";
import { useSyncExternalStore } from "react";
import { buttonClasses } from "@/components/ui/button-classes";

const noSubscription = () => () => {};
const supported = () => typeof window !== "undefined" && "speechSynthesis" in window;

/**
 * Reads the question and its answers aloud with the browser's own speech synthesis, in the page's
 * language. Hidden where the browser has none (and on the server, so nothing flickers).
 */
export function ReadAloudButton({ text }: { text: string }) {
  const t = useTranslations("SurveyAnswer");
  const canSpeak = useSyncExternalStore(noSubscription, supported, () => false);
  if (!canSpeak) return null;
  const speak = () => {
    window.speechSynthesis.cancel();
    const utterance = new SpeechSynthesisUtterance(text);
    utterance.lang = document.documentElement.lang || "en";
    utterance.rate = 0.9;
    window.speechSynthesis.speak(utterance);
  };
  return (
    <button
      type="button"
      onClick={speak}
      className={`${buttonClasses("secondary")} min-h-12 gap-2`}
    >
      <svg aria-hidden="true" focusable="false" viewBox="0 0 24 24" className="h-6 w-6">
        <path d="M4 9v6h4l5 4V5L8 9H4z" className="fill-current" />
        <path
          d="M16 8a5 5 0 0 1 0 8M18.5 5.5a8.5 8.5 0 0 1 0 13"
          className="fill-none stroke-current"
          strokeWidth={2}
        />
      </svg>
      {t("readAloud")}
    </button>
  );
}
