"use client";

import { useMemo } from "react";
import { parseMarkdown } from "@/lib/reports/markdown";
import { MarkdownBlocks } from "./markdown-blocks";

/**
 * The narrative editor's live preview: the same tree and elements as the published web version
 * (components/reports/report-document.tsx), so what a partner sees while typing is what readers
 * get. It has no words of its own; the editor labels it.
 */
export function MarkdownPreview({ markdown }: { markdown: string }) {
  const blocks = useMemo(() => parseMarkdown(markdown), [markdown]);
  return (
    <div className="break-words text-slate-900">
      <MarkdownBlocks blocks={blocks} />
    </div>
  );
}
