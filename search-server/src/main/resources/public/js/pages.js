/*
 * The open document's pages by number. Page numbers are the document's own: with pages hidden by
 * their access level the document view lists only the others (1, 2, 4, 7), so a page is found by
 * its number, never by its place in the list, and stepping goes to the next listed number. A
 * hidden page is never asked for.
 */
import { viewer } from './state.js';

/** The numbers of the pages the reader may see, ascending. */
export function pageNumbers() {
  return viewer.doc ? viewer.doc.pages.map((p) => p.number).sort((a, b) => a - b) : [];
}

export const pageByNumber = (n) => (viewer.doc ? viewer.doc.pages.find((p) => p.number === n) || null : null);

/** The page shown, or null when the URL asked for one the reader may not see. */
export function currentPage() {
  return pageByNumber(viewer.page);
}

/** The last page number the reader may see: the document as far as they know it. */
export function lastPageNumber() {
  const nums = pageNumbers();
  return nums.length ? nums[nums.length - 1] : 0;
}

/** Page numbers up to the last visible one that the document view leaves out: closed to this reader. */
export function hiddenPageNumbers() {
  const shown = new Set(pageNumbers());
  const out = [];
  for (let n = 1; n < lastPageNumber(); n++) if (!shown.has(n)) out.push(n);
  return out;
}

/** 3, 5, 6, 7, 9 → "3, 5–7, 9"; very long lists end with "…". */
export function pageRanges(nums, limit = 8) {
  const runs = [];
  for (const n of nums) {
    const last = runs[runs.length - 1];
    if (last && n === last[1] + 1) last[1] = n; else runs.push([n, n]);
  }
  const text = runs.slice(0, limit).map(([a, b]) => (a === b ? String(a) : `${a}–${b}`));
  if (runs.length > limit) text.push('…');
  return text.join(', ');
}

/** The page a link or URL asks for: that number as it is (even hidden: the reader is told), or the first visible page. */
export function resolvePage(n) {
  const nums = pageNumbers();
  if (n == null || !Number.isFinite(n) || n < 1) return nums.length ? nums[0] : 1;
  return n;
}

/** The visible page after (dir 1) or before (dir -1) page n, or null. */
export function neighbourPage(n, dir) {
  const nums = pageNumbers();
  return dir > 0 ? nums.find((m) => m > n) ?? null : nums.slice().reverse().find((m) => m < n) ?? null;
}
