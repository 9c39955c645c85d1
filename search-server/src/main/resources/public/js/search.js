/**
 * The search itself: runs it against the API, and changes it — a new query, filters, dates,
 * order, the next or previous page of results. What is shown follows from the events it emits
 * (see state.js).
 */
import { api } from './api.js';
import { $ } from './dom.js';
import { DATE_RE, MAX_WINDOW, PAGE_SIZE, queryParams } from './url.js';
import { emit, offset, pushState, search, searchKey } from './state.js';
import { t } from './i18n.js';

export async function runSearch() {
  const key = searchKey(search);
  if (search.controller) search.controller.abort();
  const controller = new AbortController();
  search.controller = controller;
  search.loadedKey = key;
  const p = queryParams(search);
  if (search.cursor) p.set('cursor', search.cursor);
  else p.set('from', String(search.from));
  p.set('size', String(PAGE_SIZE));
  emit('searching');
  try {
    const data = await api(`api/search?${p}`, controller.signal);
    if (controller !== search.controller) return;
    search.data = data;
    search.error = null;
    emit('results');
  } catch (e) {
    if (e.name === 'AbortError' || controller !== search.controller) return;
    search.data = null;
    search.error = e;
    search.loadedKey = null;
    emit('failed', e);
  }
}

/** The next page is still inside the window from/size may address. */
export const canPageByFrom = () => !search.cursor && search.from + 2 * PAGE_SIZE <= MAX_WINDOW;

/** The search form shows the search's state. */
export function syncFormFromState() {
  $('#q').value = search.q;
  $(search.syntax === 'lucene' ? '#syntax-lucene' : '#syntax-simple').checked = true;
  $('#sort').value = search.sort;
  $('#date-from').value = search.dateFrom;
  $('#date-to').value = search.dateTo;
  $('#date-from').removeAttribute('aria-invalid');
  $('#date-to').removeAttribute('aria-invalid');
  $('#date-error').hidden = true;
}

/** A search for what the search box says, from the first result. */
export function submitSearch() {
  const q = $('#q').value.trim();
  const syntax = document.querySelector('input[name="syntax"]:checked').value;
  emit('submitted');
  search.q = q;
  search.syntax = syntax;
  search.from = 0;
  search.cursor = null;
  search.at = 0;
  search.loadedKey = null;
  emit('new-search');
  pushState(false);
  runSearch();
}

/** A new search with the same query: filters, dates or order changed. */
export function refine(change) {
  change();
  search.from = 0;
  search.cursor = null;
  search.at = 0;
  search.loadedKey = null;
  emit('new-search');
  pushState(false);
  runSearch();
}

export function toggleFilter(dim, value, on) {
  refine(() => {
    const values = (search.filters[dim] || []).filter((v) => v !== value);
    if (on) values.push(value);
    const filters = { ...search.filters };
    if (values.length) filters[dim] = values; else delete filters[dim];
    search.filters = filters;
  });
}

export function clearFilters() {
  refine(() => { search.filters = {}; search.dateFrom = ''; search.dateTo = ''; });
  syncFormFromState();
}

export function clearDates() {
  refine(() => { search.dateFrom = ''; search.dateTo = ''; });
  syncFormFromState();
}

export function sortBy(sort) {
  refine(() => { search.sort = sort; });
}

/**
 * Result pages: from/size inside the first 10,000, the server's cursor beyond. A cursor only
 * goes forward, so "previous" from a cursor page is the history entry it came from (or, for a
 * shared link, back to the last from/size page).
 */
export function pageResults(delta) {
  const data = search.data;
  if (!data) return;
  if (delta > 0) {
    if (canPageByFrom()) {
      search.from += PAGE_SIZE;
    } else if (data.next_cursor) {
      search.at = offset() + PAGE_SIZE;
      search.cursor = data.next_cursor;
      search.from = 0;
    } else return;
  } else {
    if (search.cursor) {
      if (history.state && history.state.pagedFrom) { history.back(); return; }
      search.cursor = null;
      search.at = 0;
      search.from = MAX_WINDOW - PAGE_SIZE;
    } else {
      const from = Math.max(0, search.from - PAGE_SIZE);
      if (from === search.from) return;
      search.from = from;
    }
  }
  pushState(false, delta > 0 ? { pagedFrom: true } : null);
  runSearch().then(() => { window.scrollTo(0, 0); $('#results').focus({ preventScroll: true }); });
}

/** YYYY, YYYY-MM, YYYY-MM-DD as the API takes them; DD.MM.YYYY and MM.YYYY are rewritten; null if unreadable. */
function normaliseDate(raw) {
  const v = raw.trim();
  if (!v) return '';
  if (DATE_RE.test(v)) return v;
  let m = /^(\d{1,2})[./](\d{1,2})[./](\d{4})$/.exec(v);
  if (m) return `${m[3]}-${m[2].padStart(2, '0')}-${m[1].padStart(2, '0')}`;
  m = /^(\d{1,2})[./](\d{4})$/.exec(v);
  if (m) return `${m[2]}-${m[1].padStart(2, '0')}`;
  return null;
}

/** The date range typed in: applied, or explained when it cannot be read (submitted: focus goes to it). */
export function applyDates(submitted) {
  const fromBox = $('#date-from'), toBox = $('#date-to');
  const from = normaliseDate(fromBox.value), to = normaliseDate(toBox.value);
  // aria-invalid="" would mean false: say "true" or nothing
  for (const [box, v] of [[fromBox, from], [toBox, to]]) {
    if (v === null) box.setAttribute('aria-invalid', 'true'); else box.removeAttribute('aria-invalid');
  }
  const err = $('#date-error');
  if (from === null || to === null) {
    err.textContent = t('dateInvalid');
    err.hidden = false;
    if (submitted) (from === null ? fromBox : toBox).focus();
    return;
  }
  err.hidden = true;
  fromBox.value = from;
  toBox.value = to;
  if (from === search.dateFrom && to === search.dateTo) return;
  refine(() => { search.dateFrom = from; search.dateTo = to; });
}
