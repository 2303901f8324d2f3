import "server-only";
import { getCurrentUser } from "@/lib/auth/session";
import { attachmentHeader, CONTENT_TYPES, slugify } from "@/lib/exports/file-names";
import { getRelease } from "./queries";
import { renderReportDocx } from "./render-docx";
import { renderReportPdf } from "./render-pdf";

const FORMATS = {
  pdf: { render: renderReportPdf, type: CONTENT_TYPES.pdf },
  docx: {
    render: renderReportDocx,
    type: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  },
} as const;

type ReleaseParams = Promise<{ reportId: string; number: string }>;

/**
 * A release as a file, made from its stored snapshot (never reassembled): for readers of the
 * report; 401 signed out, 404 for a release that does not exist or a report the reader may not
 * read. Named after the report's title and release, e.g. `wises-in-romania-2026-release-2.pdf`.
 */
export async function releaseDownload(params: ReleaseParams, format: keyof typeof FORMATS) {
  const user = await getCurrentUser();
  if (!user) return new Response("Sign in first.", { status: 401 });
  const { reportId, number } = await params;
  const release = /^\d{1,9}$/.test(number)
    ? await getRelease(user, reportId, Number(number))
    : null;
  if (!release) return new Response("Not found.", { status: 404 });
  const { render, type } = FORMATS[format];
  const body = await render(release.snapshot);
  const name = `${slugify(release.snapshot.title, 60)}-release-${release.number}.${format}`;
  return new Response(new Uint8Array(body), {
    headers: {
      "Content-Type": type,
      "Content-Disposition": attachmentHeader(name),
      "Cache-Control": "private, no-store",
    },
  });
}
