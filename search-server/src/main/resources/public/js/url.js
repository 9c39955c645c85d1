/**
 * The page's state in its URL (?q=&syntax=&from=&cursor=&f.<facet>=&date_from=&date_to=&sort=&doc=&page=&lang=),
 * so a copied link reopens the same search and document page.
 */
import { lang } from './i18n.js';

/** Results per page of the list. */
export const PAGE_SIZE = 20;
/** How deep from/size may page; beyond, the server's cursor. */
export const MAX_WINDOW = 10000;

const SORTS = ['relevance', 'date', '-date'];
/** A date as the API takes it. */
export const DATE_RE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

export function readUrl() {
  const p = new URLSearchParams(location.search);
  const page = parseInt(p.get('page') ?? '', 10);
  const from = parseInt(p.get('from') ?? '', 10);
  const at = parseInt(p.get('at') ?? '', 10);
  const filters = {};
  for (const [k, v] of p) {
    if (!k.startsWith('f.') || k.length < 3 || !v) continue;
    const dim = k.slice(2);
    (filters[dim] ||= []);
    if (!filters[dim].includes(v)) filters[dim].push(v);
  }
  const cursor = p.get('cursor') || null;
  const date = (name) => { const v = (p.get(name) || '').trim(); return DATE_RE.test(v) ? v : ''; };
  return {
    q: p.get('q') ?? '',
    syntax: p.get('syntax') === 'lucene' ? 'lucene' : 'simple',
    from: cursor ? 0 : Number.isFinite(from) && from > 0 ? Math.min(from, MAX_WINDOW - PAGE_SIZE) : 0,
    cursor,
    at: cursor && Number.isFinite(at) && at > 0 ? at : 0,
    filters,
    dateFrom: date('date_from'),
    dateTo: date('date_to'),
    sort: SORTS.includes(p.get('sort')) ? p.get('sort') : 'relevance',
    doc: p.get('doc') || null,
    page: Number.isFinite(page) && page > 0 ? page : null,
    lang: p.get('lang'),
  };
}

/** The search's own parameters (query, filters, dates, order), as the search and export APIs take them. */
export function queryParams(s) {
  const p = new URLSearchParams();
  if (s.q) p.set('q', s.q);
  if (s.syntax && s.syntax !== 'simple') p.set('syntax', s.syntax);
  for (const [dim, values] of Object.entries(s.filters || {})) for (const v of values) p.append(`f.${dim}`, v);
  if (s.dateFrom) p.set('date_from', s.dateFrom);
  if (s.dateTo) p.set('date_to', s.dateTo);
  if (s.sort && s.sort !== 'relevance') p.set('sort', s.sort);
  return p;
}

export function buildUrl(s) {
  const p = queryParams(s);
  if (s.cursor) { p.set('cursor', s.cursor); if (s.at) p.set('at', String(s.at)); }
  else if (s.from) p.set('from', String(s.from));
  if (s.doc) p.set('doc', s.doc);
  if (s.doc && s.page) p.set('page', String(s.page));
  if (lang !== 'ru') p.set('lang', lang);
  const qs = p.toString();
  return location.pathname + (qs ? `?${qs}` : '');
}
