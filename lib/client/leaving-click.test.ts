import { describe, expect, it } from "vitest";
import { leavesThePage } from "./leaving-click";

const plain = { button: 0, ctrlKey: false, metaKey: false, shiftKey: false, altKey: false };
const here = "https://wise.example/case-studies/cs1?tab=a";
const link = (href: string, more: Partial<{ target: string; download: boolean }> = {}) => ({
  href,
  target: "",
  download: false,
  ...more,
});

describe("whether a link click leaves the page being written", () => {
  it("leaves for another page of the app or another site", () => {
    expect(leavesThePage(plain, link("/case-studies"), here)).toBe(true);
    expect(leavesThePage(plain, link("https://other.example/"), here)).toBe(true);
    expect(leavesThePage(plain, link("/case-studies/cs1?tab=b"), here)).toBe(true);
  });

  it("stays for a jump to a field of the same page", () => {
    expect(leavesThePage(plain, link("#section-challenges"), here)).toBe(false);
    expect(leavesThePage(plain, link("/case-studies/cs1?tab=a#quotes"), here)).toBe(false);
  });

  it("stays when the link opens elsewhere: new tab, modifier key, middle button, download", () => {
    expect(leavesThePage(plain, link("/good-practices", { target: "_blank" }), here)).toBe(false);
    expect(leavesThePage({ ...plain, ctrlKey: true }, link("/good-practices"), here)).toBe(false);
    expect(leavesThePage({ ...plain, metaKey: true }, link("/good-practices"), here)).toBe(false);
    expect(leavesThePage({ ...plain, button: 1 }, link("/good-practices"), here)).toBe(false);
    expect(leavesThePage(plain, link("/export.pdf", { download: true }), here)).toBe(false);
  });

  it("stays for links that open another program (mail)", () => {
    expect(leavesThePage(plain, link("mailto:partner@example.org"), here)).toBe(false);
  });
});
