/** The result list: status line, "did you mean", one entry per document, pager and export links. */
import { $, breakable, el } from './dom.js';
import { valueLabel } from './labels.js';
import { t } from './i18n.js';
import { snippetFragment } from './snippets.js';
import { buildUrl, queryParams, PAGE_SIZE } from './url.js';
import { currentState, filterCount, offset, on, search } from './state.js';
import { canPageByFrom, submitSearch } from './search.js';
import { openDocument } from './viewer.js';

/** Metadata shown as chips under a result, in this order. */
const META_CHIPS = ['date', 'archive', 'doc_type', 'language'];

export function showError(e) {
  $('#results').textContent = '';
  $('#pager').hidden = true;
  $('#status').textContent = '';
  $('#did-you-mean').hidden = true;
  $('#export').hidden = true;
  const box = $('#error');
  box.textContent = '';
  box.append(el('strong', { text: e.network ? '' : `${t('errorPrefix')}: ` }), el('span', { class: 'error-message', text: e.message }));
  box.hidden = false;
}

export function renderResults() {
  const data = search.data;
  $('#error').hidden = true;
  const list = $('#results');
  list.textContent = '';
  const status = $('#status');
  status.textContent = data.total === 0 ? ''
    : (search.q || filterCount() ? t('found') : t('allDocs'))(data.total, data.took_ms);
  renderDidYouMean(data.did_you_mean);
  if (data.total === 0 || data.hits.length === 0) {
    list.append(el('li', { class: 'no-results', text: t('nothingFound') }));
  }
  const first = offset();
  data.hits.forEach((hit, i) => list.append(renderHit(hit, first + i + 1)));

  const pager = $('#pager');
  const last = first + data.hits.length;
  pager.hidden = data.total <= PAGE_SIZE && first === 0;
  $('#pager-range').textContent = data.hits.length ? t('range')(first + 1, last, data.total) : '';
  $('#prev-results').disabled = first <= 0;
  $('#next-results').disabled = last >= data.total || !(canPageByFrom() || data.next_cursor);
  $('#export').hidden = data.total === 0;
  updateExportLinks();
}

function renderDidYouMean(suggestion) {
  const box = $('#did-you-mean');
  box.textContent = '';
  box.hidden = !suggestion;
  if (!suggestion) return;
  const link = el('a', { id: 'did-you-mean-link', href: buildUrl({ ...currentState(), q: suggestion, from: 0, cursor: null, doc: null }),
    lang: /[әғқңөұүһі]/i.test(suggestion) ? 'kk' : null }, suggestion);
  link.addEventListener('click', (ev) => {
    if (ev.button !== 0 || ev.ctrlKey || ev.metaKey || ev.shiftKey || ev.altKey) return;
    ev.preventDefault();
    $('#q').value = suggestion;
    submitSearch();
  });
  box.append(`${t('didYouMean')} «`, link, '»?');
}

function updateExportLinks() {
  const p = queryParams(search);
  for (const format of ['csv', 'json']) {
    const q = new URLSearchParams([['format', format], ...p]);
    $(`#export-${format}`).href = `api/export?${q}`;
  }
}

/** A plain left click (no modifier): the page handles it; any other opens the link as the browser would. */
const plainClick = (ev) => ev.button === 0 && !ev.ctrlKey && !ev.metaKey && !ev.shiftKey && !ev.altKey;

function renderHit(hit, rank) {
  const title = hit.title || hit.id;
  // the first matching page; none (a title match): the viewer opens on the first page the reader may see
  const firstPage = hit.pages && hit.pages.length ? hit.pages[0].number : null;
  const titleLink = el('a', {
    class: 'hit-title', href: buildUrl({ ...currentState(), doc: hit.id, page: firstPage }),
    dataset: { id: hit.id, page: firstPage == null ? '' : String(firstPage) },
  }, title);
  titleLink.addEventListener('click', (ev) => {
    if (!plainClick(ev)) return;
    ev.preventDefault();
    openDocument(hit.id, firstPage, { push: true, opener: titleLink });
  });

  const facts = el('div', { class: 'hit-facts' });
  if (hit.format) facts.append(el('span', { class: 'hit-format', title: t('format'), text: hit.format }));
  if (hit.pageCount) facts.append(el('span', { class: 'hit-pagecount', text: t('pages')(hit.pageCount) }));
  if (hit.title && hit.title !== hit.id) facts.append(el('span', { class: 'hit-id' }, breakable(hit.id)));

  const chips = el('ul', { class: 'chips' });
  const meta = hit.metadata || {};
  for (const key of META_CHIPS) {
    const v = meta[key];
    if (!v) continue;
    const shown = key === 'date' ? v : valueLabel(key, v, t('languages'));
    chips.append(el('li', { class: `chip chip-${key}`, title: t('meta')[key] },
      el('span', { class: 'chip-key', text: `${t('meta')[key]}: ` }), breakable(shown)));
  }

  const pages = el('ul', { class: 'page-hits' });
  for (const p of hit.pages || []) {
    const a = el('a', {
      class: 'page-snippet', href: buildUrl({ ...currentState(), doc: hit.id, page: p.number }),
      dataset: { page: String(p.number), id: hit.id },
    }, el('span', { class: 'page-label', text: t('pageShort')(p.number) }), ' ',
    el('span', { class: 'snippet-text' }, snippetFragment(p.snippet)));
    a.addEventListener('click', (ev) => {
      if (!plainClick(ev)) return;
      ev.preventDefault();
      openDocument(hit.id, p.number, { push: true, opener: a });
    });
    pages.append(el('li', null, a));
  }

  return el('li', { class: 'hit', dataset: { id: hit.id } },
    el('div', { class: 'hit-rank', 'aria-hidden': 'true', text: `${rank}.` }),
    el('div', { class: 'hit-body' },
      el('h3', { class: 'hit-heading' }, titleLink),
      facts,
      hit.citation ? el('div', { class: 'citation', text: hit.citation }) : null,
      chips.childElementCount ? chips : null,
      pages.childElementCount ? pages : null));
}

on('searching', () => {
  $('#status').textContent = t('loading');
  $('#results').setAttribute('aria-busy', 'true');
  updateExportLinks();
});
on('results', () => {
  $('#results').removeAttribute('aria-busy');
  renderResults();
});
on('failed', (e) => {
  $('#results').removeAttribute('aria-busy');
  showError(e);
});
