import Link from "next/link";
import type { MouseEvent } from "react";

/**
 * The way from a written case-study section to the good-practice form, which starts from that
 * section's text. Plain link, so both the editing form and the read-only view can show it; its
 * words come from the page. The section's name is told to screen readers in the link's text,
 * not an aria-label, so that the section's text box stays the only thing labelled with the
 * section's name. In the editing form, `onClick` saves unsaved text before the link goes on
 * (data-saves-first tells the leave-page guard that this link looks after the text itself).
 */
export type MarkGoodPracticeLink = { href: string; label: string; section: string };

export function MarkGoodPracticeLinkView({
  link,
  onClick,
}: {
  link: MarkGoodPracticeLink;
  onClick?: (event: MouseEvent<HTMLAnchorElement>) => void;
}) {
  return (
    <Link
      href={link.href}
      onClick={onClick}
      data-saves-first={onClick ? "" : undefined}
      className="mb-3 inline-flex min-h-11 items-center text-teal-800 underline underline-offset-4"
    >
      {link.label}
      <span className="sr-only">: {link.section}</span>
    </Link>
  );
}
