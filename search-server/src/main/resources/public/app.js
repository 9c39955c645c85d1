/*
 * Muragat — researchers' search page. Plain JS (ES modules, no framework, no build step); this
 * module wires the page together:
 *
 *   js/i18n.js     interface strings (ru, kk, en) and the language shown
 *   js/url.js      the page's state in its URL        js/state.js    search and viewer state, events
 *   js/search.js   running and changing the search   js/results.js  the result list
 *   js/facets.js   filters and their chips           js/suggest.js  completions while typing
 *   js/viewer.js   the document viewer               js/pages.js    its pages by number
 *   js/zoom.js     zooming the page image            js/help.js     query syntax help
 *   js/api.js      the JSON API                      js/snippets.js server text shown safely
 *   js/labels.js   display labels of facet values    js/dom.js      DOM shorthands
 *
 * State lives in the URL (?q=&syntax=&from=&doc=&page=&lang=) so a copied link reopens the same
 * search and document page; back/forward replay it (pushState + popstate).
 *
 * Server text is never inserted as HTML: snippets are parsed into text nodes and <mark> elements.
 */
import { $ } from './js/dom.js';
import { pickLang, t, useLang } from './js/i18n.js';
import { readUrl } from './js/url.js';
import { pushState, search, searchKey, viewer } from './js/state.js';
import {
  applyDates, clearFilters, pageResults, runSearch, sortBy, submitSearch, syncFormFromState,
} from './js/search.js';
import { renderResults, showError } from './js/results.js';
import { renderActiveFilters, renderFacets, setFacetsOpen } from './js/facets.js';
import { loadLabels } from './js/labels.js';
import { attachSuggestions, closeSuggestions } from './js/suggest.js';
import {
  closeViewer, copyLink, drawBoxes, gotoHit, highlightCurrent, openDocument, rerenderViewer, showPageFromUrl, stepPage,
  toggleText, trapFocus,
} from './js/viewer.js';
import { applyZoom, zoomBy, zoomTo, ZOOM_STEP } from './js/zoom.js';
import { renderHelp } from './js/help.js';

/** Shows the page in language l (persist: remember the choice). */
function setLang(l, persist) {
  useLang(l, persist);
  document.documentElement.lang = t('htmlLang');
  document.querySelectorAll('[data-i18n]').forEach((e) => { e.textContent = t(e.dataset.i18n); });
  document.querySelectorAll('[data-i18n-aria]').forEach((e) => e.setAttribute('aria-label', t(e.dataset.i18nAria)));
  document.querySelectorAll('[data-i18n-title]').forEach((e) => e.setAttribute('title', t(e.dataset.i18nTitle)));
  document.querySelectorAll('#lang-switch button').forEach((b) =>
    b.setAttribute('aria-pressed', String(b.dataset.lang === l)));
  $('#q').placeholder = t('searchPlaceholder');
  $('#date-from').placeholder = t('datePlaceholder');
  $('#date-to').placeholder = t('datePlaceholder');
  renderAll();
}

/** Everything shown, again: the language or the value labels changed. */
function renderAll() {
  renderHelp();
  renderActiveFilters();
  if (search.data) {
    renderResults();
    renderFacets(search.data.facets);
  } else if (search.error) {
    showError(search.error);
  }
  rerenderViewer();
}

/** Shows whatever the URL says: search results and possibly an open document page. */
function applyUrl() {
  const s = readUrl();
  search.q = s.q;
  search.syntax = s.syntax;
  search.from = s.from;
  search.cursor = s.cursor;
  search.at = s.at;
  search.filters = s.filters;
  search.dateFrom = s.dateFrom;
  search.dateTo = s.dateTo;
  search.sort = s.sort;
  syncFormFromState();
  closeSuggestions();
  if (search.loadedKey !== searchKey(search) || (!search.data && !search.controller)) runSearch();
  if (s.doc) {
    if (viewer.doc && viewer.doc.id === s.doc) showPageFromUrl(s.page);
    else openDocument(s.doc, s.page, {});
  } else {
    closeViewer();
  }
}

function init() {
  setLang(pickLang(readUrl().lang), false);

  $('#search-form').addEventListener('submit', (ev) => { ev.preventDefault(); submitSearch(); });
  document.querySelectorAll('input[name="syntax"]').forEach((r) => r.addEventListener('change', () => {
    if ($('#q').value.trim()) submitSearch();
  }));
  attachSuggestions($('#q'));
  $('#sort').addEventListener('change', () => sortBy($('#sort').value));
  $('#date-form').addEventListener('submit', (ev) => { ev.preventDefault(); applyDates(true); });
  $('#date-from').addEventListener('change', () => applyDates(false));
  $('#date-to').addEventListener('change', () => applyDates(false));
  $('#clear-filters').addEventListener('click', () => { clearFilters(); $('#q').focus({ preventScroll: true }); });
  $('#facets-toggle').addEventListener('click', () => setFacetsOpen(!$('#facets').classList.contains('open')));
  $('#facets-done').addEventListener('click', () => {
    setFacetsOpen(false);
    $('#facets-toggle').focus({ preventScroll: true });
    $('#results-toolbar').scrollIntoView({ block: 'start' });
  });
  $('#prev-results').addEventListener('click', () => pageResults(-1));
  $('#next-results').addEventListener('click', () => pageResults(1));
  $('#lang-switch').addEventListener('click', (ev) => {
    const b = ev.target.closest('button[data-lang]');
    if (!b) return;
    setLang(b.dataset.lang, true);
    pushState(true);
  });

  $('#viewer-close').addEventListener('click', () => closeViewer({ push: true }));
  $('#prev-page').addEventListener('click', () => stepPage(-1));
  $('#next-page').addEventListener('click', () => stepPage(1));
  $('#prev-hit').addEventListener('click', () => gotoHit(-1));
  $('#next-hit').addEventListener('click', () => gotoHit(1));
  $('#zoom-in').addEventListener('click', () => zoomBy(ZOOM_STEP));
  $('#zoom-out').addEventListener('click', () => zoomBy(1 / ZOOM_STEP));
  $('#zoom-fit').addEventListener('click', () => zoomTo('width'));
  $('#zoom-page').addEventListener('click', () => zoomTo('page'));
  $('#toggle-text').addEventListener('click', toggleText);
  $('#copy-link').addEventListener('click', copyLink);
  $('#viewer').addEventListener('click', (ev) => { if (ev.target === $('#viewer')) closeViewer({ push: true }); });

  const img = $('#page-image');
  img.addEventListener('load', () => {
    img.classList.add('loaded');
    $('#page-message').hidden = true;
    applyZoom();
    drawBoxes();
    highlightCurrent(false);
  });
  img.addEventListener('error', () => {
    if (!img.getAttribute('src')) return;
    const msg = $('#page-message');
    msg.textContent = t('imageError');
    msg.hidden = false;
  });

  if (window.ResizeObserver) {
    new ResizeObserver(() => { if (viewer.doc && typeof viewer.scale !== 'number') applyZoom(); }).observe($('#page-pane'));
  } else {
    window.addEventListener('resize', () => { if (viewer.doc) applyZoom(); });
  }

  document.addEventListener('keydown', (ev) => {
    if ($('#viewer').hidden) return;
    if (ev.key === 'Escape') { ev.preventDefault(); closeViewer({ push: true }); return; }
    if (ev.key === 'Tab') { trapFocus(ev); return; }
    if (ev.target.closest('input, textarea, select') || ev.ctrlKey || ev.metaKey || ev.altKey) return;
    if (ev.key === 'ArrowLeft') { ev.preventDefault(); stepPage(-1); }
    else if (ev.key === 'ArrowRight') { ev.preventDefault(); stepPage(1); }
    else if (ev.key === '+' || ev.key === '=') { ev.preventDefault(); zoomBy(ZOOM_STEP); }
    else if (ev.key === '-') { ev.preventDefault(); zoomBy(1 / ZOOM_STEP); }
    else if (ev.key === 'n') { ev.preventDefault(); gotoHit(1); }
    else if (ev.key === 'p') { ev.preventDefault(); gotoHit(-1); }
  });

  window.addEventListener('popstate', applyUrl);
  applyUrl();
  // the first search does not wait for the labels: whatever is shown is labelled when they come
  loadLabels().then(renderAll);
  if (!readUrl().doc && !readUrl().q) $('#q').focus({ preventScroll: true });
}

// a module runs after the document is parsed
init();
