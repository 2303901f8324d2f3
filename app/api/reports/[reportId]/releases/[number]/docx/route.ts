import { releaseDownload } from "@/lib/reports/release-download";

/** `GET /api/reports/[reportId]/releases/[number]/docx`: a release as DOCX, from its snapshot. */
export async function GET(
  _request: Request,
  { params }: { params: Promise<{ reportId: string; number: string }> },
) {
  return releaseDownload(params, "docx");
}
