/**
 * Server text shown safely: snippets become text nodes and <mark> elements, never parsed HTML;
 * page text gets the searched words marked.
 */
import { el } from './dom.js';

const ENTITIES = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

function decodeEntities(s) {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e) => {
    if (e[0] === '#') {
      const cp = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      try { return String.fromCodePoint(cp); } catch { return m; }
    }
    return ENTITIES[e.toLowerCase()] ?? m;
  });
}

/**
 * A snippet from the API as DOM nodes: only <mark>/</mark> become elements, everything else is
 * text (entities decoded). Anything else that looks like markup stays visible as text.
 */
export function snippetFragment(snippet) {
  const frag = document.createDocumentFragment();
  let target = frag;
  for (const part of String(snippet ?? '').split(/(<mark>|<\/mark>)/i)) {
    if (/^<mark>$/i.test(part)) {
      if (target === frag) { target = el('mark'); frag.append(target); }
    } else if (/^<\/mark>$/i.test(part)) {
      target = frag;
    } else if (part) {
      target.append(document.createTextNode(decodeEntities(part)));
    }
  }
  return frag;
}

/** The words a snippet marks. */
export function markedWords(snippet) {
  const words = [];
  String(snippet ?? '').replace(/<mark>(.*?)<\/mark>/gi, (m, w) => { words.push(decodeEntities(w)); return m; });
  return words;
}

const escapeRegExp = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Plain text as nodes with the given words marked (whole-word-ish, case-insensitive). */
export function markText(container, text, words) {
  container.textContent = '';
  const uniq = [...new Set(words.map((w) => w.trim()).filter((w) => w.length > 0))]
    .sort((a, b) => b.length - a.length);
  if (!uniq.length) { container.textContent = text; return; }
  const re = new RegExp(`(?<![\\p{L}\\p{N}])(${uniq.map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}])`, 'giu');
  let last = 0;
  for (const m of text.matchAll(re)) {
    if (m.index > last) container.append(text.slice(last, m.index));
    container.append(el('mark', { class: 'text-hit', text: m[0] }));
    last = m.index + m[0].length;
  }
  if (last < text.length) container.append(text.slice(last));
}
