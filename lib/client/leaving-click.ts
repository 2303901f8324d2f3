/**
 * Whether a click on a link takes this tab away from the page the person is writing on, so that
 * what they typed and did not save would be gone. A click that opens a new tab or window (a
 * modifier key, the middle button, target=_blank), a download, or a jump within the page (the
 * error summary's links to fields) leaves the page and its text where they are.
 */
export type LinkClick = {
  button: number;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
};

export function isPlainClick(click: LinkClick): boolean {
  return click.button === 0 && !click.ctrlKey && !click.metaKey && !click.shiftKey && !click.altKey;
}

export function leavesThePage(
  click: LinkClick,
  link: { href: string; target: string; download: boolean },
  current: string,
): boolean {
  if (!isPlainClick(click) || link.download) return false;
  if (link.target && link.target !== "_self") return false;
  const to = new URL(link.href, current);
  const here = new URL(current);
  if (to.protocol !== "http:" && to.protocol !== "https:") return false;
  return !(to.origin === here.origin && to.pathname === here.pathname && to.search === here.search);
}
