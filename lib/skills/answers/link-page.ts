import "server-only";
import { headers } from "next/headers";
import { notFound, redirect } from "next/navigation";
import { clientAddress } from "@/lib/http/client-address";
import { findSurveyLink, type SurveyLinkView } from "./link-queries";

/**
 * The link a survey page is for, or the page's answer: 404 for an unknown code, the canonical
 * spelling of a code typed in another case (the resume cookie is scoped to that path), or
 * "throttled" after too many attempts from this address.
 */
export async function loadLinkForPage(
  rawCode: string,
  suffix = "",
): Promise<SurveyLinkView | "throttled"> {
  const code = rawCode;
  const lookup = await findSurveyLink(code, clientAddress(await headers()));
  if (lookup.kind === "throttled") return "throttled";
  if (lookup.kind === "unknown") notFound();
  if (lookup.link.code !== code) redirect(`/survey/${lookup.link.code}${suffix}`);
  return lookup.link;
}
