import Link from "next/link";
import type { ReactNode } from "react";
import { buttonClasses } from "@/components/ui/button-classes";
import { PageHeader } from "@/components/ui/page-header";

/** Where a list page's primary link goes to make a new item, and what it says. */
export type NewItemLink = { href: string; label: string };

/**
 * The head of a list page (sessions, surveys, WISEs, grids…): its title, a line on what it
 * lists, the primary "New …" link for whoever may make one (null or false hides it), then any
 * secondary links given as children. One place, so every list offers "New" the same way.
 */
export function ListPageHeader({
  title,
  description,
  newItem,
  children,
}: {
  title: string;
  description: string;
  newItem?: NewItemLink | null | false;
  children?: ReactNode;
}) {
  const actions =
    newItem || children ? (
      <div className="flex flex-wrap items-center gap-2">
        {newItem && (
          <Link href={newItem.href} className={buttonClasses()}>
            {newItem.label}
          </Link>
        )}
        {children}
      </div>
    ) : undefined;
  return <PageHeader title={title} description={description} actions={actions} />;
}
