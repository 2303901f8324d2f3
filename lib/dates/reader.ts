import "server-only";
import { headers } from "next/headers";
import { getLocale } from "next-intl/server";
import { serverEnv } from "@/lib/env";
import { isLocale } from "@/lib/i18n/locales";
import { type DateStyle, dateLocale, formatDate, formatDateTime, zoneName } from "./format";

/**
 * The date formatter of the request's reader, for pages and components on the server:
 * their language, their browser's English (British unless it asks for US) and the
 * installation's time zone. Use it instead of next-intl's `format.dateTime`, whose "en" is American.
 */
export async function getDateFormatter() {
  const [locale, requestHeaders] = await Promise.all([getLocale(), headers()]);
  const options = {
    dateLocale: dateLocale(isLocale(locale) ? locale : "en", requestHeaders.get("accept-language")),
    timeZone: serverEnv().timeZone,
  };
  return {
    /** "14 March 2027" (style "medium": "14 Mar 2027"). */
    date: (date: Date, style?: DateStyle) => formatDate(date, options, style),
    /** "14 March 2027, 10:00 (Eastern European Time)". */
    dateTime: (date: Date, style?: DateStyle) => formatDateTime(date, options, style),
    /** The installation's zone in words, for a form that takes a time: "Eastern European Time". */
    zone: () => zoneName(options),
  };
}
