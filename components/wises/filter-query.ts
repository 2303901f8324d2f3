import type { WiseFilter } from "@/lib/wises/schemas";

/** The list's filters as a query string, for page links and downloads that keep them. */
export function filterQuery(
  filter: WiseFilter,
  extra: Record<string, string | number | undefined> = {},
) {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries({ ...filter, ...extra })) {
    if (value !== undefined && value !== "") params.set(key, String(value));
  }
  return params.toString();
}
