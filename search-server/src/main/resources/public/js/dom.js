/** DOM shorthands: one element by selector, and an element built from attributes and children. */

export const $ = (sel) => document.querySelector(sel);

/**
 * A new element: attrs may hold class, dataset (an object), text (its text content) and any other
 * attribute (null or false: left out; true: present and empty); children are nodes or strings.
 */
export const el = (tag, attrs, ...children) => {
  const e = document.createElement(tag);
  if (attrs) {
    for (const [k, v] of Object.entries(attrs)) {
      if (v == null || v === false) continue;
      if (k === 'class') e.className = v;
      else if (k === 'dataset') Object.assign(e.dataset, v);
      else if (k === 'text') e.textContent = v;
      else e.setAttribute(k, v === true ? '' : v);
    }
  }
  for (const c of children) if (c != null) e.append(c);
  return e;
};

/**
 * Text whose line may break only between words, or after the _ / . + of a code or path
 * ("rehabilitation_certificate", "дело 12/протокол.tif"), never inside a word.
 */
export function breakable(text) {
  const frag = document.createDocumentFragment();
  for (const part of String(text).split(/(?<=[_/.+])(?=\S)/)) {
    if (frag.childNodes.length) frag.append(document.createElement('wbr'));
    frag.append(part);
  }
  return frag;
}
