"use client";

/** Placeholder until the renderer's version is merged: the text as written. */
export function MarkdownPreview({ markdown }: { markdown: string }) {
  return <pre className="whitespace-pre-wrap">{markdown}</pre>;
}
