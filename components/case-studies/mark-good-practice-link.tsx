import Link from "next/link";

/**
 * The way from a written case-study section to the good-practice form, which starts from that
 * section's text. Plain link (no client state), so both the editing form and the read-only view
 * can show it; its label and accessible name come from the page.
 */
export type MarkGoodPracticeLink = { href: string; label: string; accessibleLabel: string };

export function MarkGoodPracticeLinkView({ link }: { link: MarkGoodPracticeLink }) {
  return (
    <Link
      href={link.href}
      aria-label={link.accessibleLabel}
      className="mb-3 inline-flex min-h-11 items-center text-teal-800 underline underline-offset-4"
    >
      {link.label}
    </Link>
  );
}
