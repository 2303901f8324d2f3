import type { ReactNode } from "react";

/**
 * A wide table's horizontal scroller, named by the table's caption: focusable, so that keyboard
 * users can scroll it too (WCAG 2.1.1), and a <section> with a name, so it is a region.
 */
export function ScrollRegion({
  labelledBy,
  className = "",
  children,
}: {
  labelledBy: string;
  className?: string;
  children: ReactNode;
}) {
  return (
    <>
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be reachable by keyboard. */}
      <section aria-labelledby={labelledBy} tabIndex={0} className={`overflow-x-auto ${className}`}>
        {children}
      </section>
    </>
  );
}
