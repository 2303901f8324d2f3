import Link from "next/link";
import type { ReactNode } from "react";
import { buttonClasses } from "@/components/ui/button-classes";

const CONTROL =
  "mt-1 block min-h-11 w-full rounded-md border border-slate-500 bg-white px-3 py-2 focus-visible:outline-3 focus-visible:outline-amber-500";

export type FilterOption = { value: string; label: string };

/**
 * A plain GET form, no client JavaScript: filters live in the address, so a filtered list can be
 * bookmarked and shared. "Clear" is a link to the unfiltered page.
 */
export function FilterForm(props: {
  action: string;
  label: string;
  applyLabel: string;
  clearLabel: string;
  children: ReactNode;
}) {
  return (
    <form
      method="get"
      action={props.action}
      aria-label={props.label}
      className="mb-6 grid gap-3 rounded-lg border border-slate-300 bg-white p-4 sm:grid-cols-2 lg:grid-cols-3"
    >
      {props.children}
      <div className="flex flex-wrap items-end gap-2">
        <button type="submit" className={buttonClasses()}>
          {props.applyLabel}
        </button>
        <Link href={props.action} className={buttonClasses("secondary")}>
          {props.clearLabel}
        </Link>
      </div>
    </form>
  );
}

/** A labelled select whose name is its id, as the page's search parameters expect. */
export function FilterSelect(props: {
  id: string;
  label: string;
  value?: string;
  options: FilterOption[];
}) {
  return (
    <div>
      <label htmlFor={props.id} className="block text-sm font-medium">
        {props.label}
      </label>
      <select id={props.id} name={props.id} defaultValue={props.value ?? ""} className={CONTROL}>
        {props.options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}

type FilterInputProps = { id: string; label: string; value?: string };

/** A labelled input that the GET form sends under its id. */
function FilterInput(props: FilterInputProps & { type: "search" | "date" }) {
  return (
    <div>
      <label htmlFor={props.id} className="block text-sm font-medium">
        {props.label}
      </label>
      <input
        id={props.id}
        name={props.id}
        type={props.type}
        defaultValue={props.value}
        className={CONTROL}
      />
    </div>
  );
}

export function FilterSearch(props: FilterInputProps) {
  return <FilterInput {...props} type="search" />;
}

/** A day picker; the browser sends the day as 2026-12-06 whatever the reader's language. */
export function FilterDate(props: FilterInputProps) {
  return <FilterInput {...props} type="date" />;
}
