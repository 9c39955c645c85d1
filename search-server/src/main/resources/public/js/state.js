/**
 * What the page shows: the search (query, filters, results) and the open document, with the URL
 * that says so, and a few events the parts of the page answer to (so no part calls back into the
 * one that calls it):
 *   'searching'  a search was sent (filters and export links change now);
 *   'results'    its answer arrived (search.data);
 *   'failed'     it failed (search.error);
 *   'new-search' the query, filters or order changed (an open document closes).
 */
import { buildUrl } from './url.js';

export const search = {
  q: '', syntax: 'simple', from: 0, cursor: null, at: 0,
  filters: {}, dateFrom: '', dateTo: '', sort: 'relevance',
  data: null, error: null, loadedKey: null, controller: null,
};

export const viewer = {
  doc: null, page: 1, loadingId: null, controller: null,
  /** The document could not be opened: { id, error }; null otherwise. */
  failed: null,
  /** Page numbers known to have hits, ascending; null while unknown. */
  hitPages: null,
  /** Words marked in this document's snippets (for text-only pages). */
  snippetWords: [],
  boxes: [], boxesKey: null, hitIndex: 0,
  scale: 'width', showText: true, opener: null, boxesController: null,
  pendingHit: null,
};

export const searchKey = (s) => JSON.stringify([s.q, s.syntax, s.from, s.cursor, s.filters, s.dateFrom, s.dateTo, s.sort]);

/** The offset of the first result shown: from, or where the cursor pages began. */
export const offset = () => (search.cursor ? search.at : search.from);

/** Filters chosen: facet values, and the date range as one. */
export function filterCount() {
  return Object.values(search.filters).reduce((n, v) => n + v.length, 0) + (search.dateFrom || search.dateTo ? 1 : 0);
}

/** The result for a document in the list shown, or null. */
export function hitOf(id) {
  return (search.data && search.data.hits.find((h) => h.id === id)) || null;
}

/** The state shown now, in URL form. */
export function currentState() {
  return {
    q: search.q, syntax: search.syntax, from: search.from, cursor: search.cursor, at: search.at,
    filters: search.filters, dateFrom: search.dateFrom, dateTo: search.dateTo, sort: search.sort,
    doc: viewer.doc ? viewer.doc.id : null, page: viewer.doc ? viewer.page : null,
  };
}

/** Records the state shown in the URL: a new history entry, or (replace) the current one. */
export function pushState(replace, state) {
  const url = buildUrl(currentState());
  if (url === location.pathname + location.search) return;
  if (replace) history.replaceState(state ?? history.state, '', url);
  else history.pushState(state ?? null, '', url);
}

const listeners = {};

export function on(event, fn) {
  (listeners[event] ||= []).push(fn);
}

export function emit(event, ...args) {
  for (const fn of listeners[event] || []) fn(...args);
}
