/**
 * The document viewer: one page at a time, its scan with the matching words boxed (or its text
 * when it has no scan), the page text beside it, and stepping through pages and matches.
 */
import { api, docUrl } from './api.js';
import { $, el } from './dom.js';
import { t } from './i18n.js';
import { markText, markedWords } from './snippets.js';
import {
  currentPage, hiddenPageNumbers, lastPageNumber, neighbourPage, pageByNumber, pageNumbers, pageRanges, resolvePage,
} from './pages.js';
import { hitOf, on, pushState, search, viewer } from './state.js';
import { applyZoom } from './zoom.js';
import { renderFacts } from './facts.js';

/** Documents with at most this many pages are probed page by page for hits when no search result lists them. */
const PROBE_PAGES_LIMIT = 60;

/** Opens document id on a page (null: its first); opts: push/replace (history), opener (focus returns there), lastHit. */
export async function openDocument(id, page, opts = {}) {
  const dlg = $('#viewer');
  if (opts.opener) viewer.opener = opts.opener;
  const wasOpen = !dlg.hidden;
  dlg.hidden = false;
  document.body.classList.add('viewer-open');
  if (!viewer.doc || viewer.doc.id !== id) {
    if (viewer.controller) viewer.controller.abort();
    const controller = new AbortController();
    viewer.controller = controller;
    viewer.loadingId = id;
    viewer.doc = null;
    viewer.failed = null;
    $('#viewer').classList.remove('doc-failed');
    viewer.hitPages = null;
    viewer.boxes = [];
    viewer.boxesKey = null;
    $('#viewer-title').textContent = t('docLoading');
    $('#viewer-citation').textContent = '';
    renderFacts(null);
    $('#page-image').removeAttribute('src');
    $('#hit-layer').textContent = '';
    $('#iiif-manifest').hidden = true;
    try {
      const doc = await api(docUrl(id), controller.signal);
      if (controller !== viewer.controller) return;
      viewer.doc = doc;
    } catch (e) {
      if (e.name === 'AbortError' || controller !== viewer.controller) return;
      viewer.failed = { id, error: e };
      renderFailure();
      if (!wasOpen) $('#viewer-close').focus();
      return;
    }
  }
  const doc = viewer.doc;
  viewer.page = resolvePage(page);
  viewer.hitIndex = opts.lastHit ? -1 : 0;
  viewer.pendingHit = search.q ? (opts.lastHit ? 'last' : 'first') : null;
  const known = hitOf(doc.id);
  viewer.snippetWords = known ? known.pages.flatMap((p) => markedWords(p.snippet)) : [];
  if (known) viewer.hitPages = known.pages.map((p) => p.number).sort((a, b) => a - b);
  else if (viewer.hitPages == null) probeHitPages(doc);
  if (opts.push) pushState(false);
  else if (opts.replace) pushState(true);
  renderViewer();
  if (!wasOpen) $('#viewer-close').focus();
}

export function stepPage(dir) {
  const n = neighbourPage(viewer.page, dir);
  if (n != null) gotoPage(n);
}

/** No search result lists this document (e.g. a shared link past the first result page): ask page by page. */
async function probeHitPages(doc) {
  if (!search.q || doc.pages.length > PROBE_PAGES_LIMIT) { viewer.hitPages = []; return; }
  const found = [];
  const queue = doc.pages.filter((p) => p.image).map((p) => p.number); // visible pages only
  const q = new URLSearchParams({ q: search.q, syntax: search.syntax });
  const worker = async () => {
    while (queue.length) {
      const n = queue.shift();
      try {
        const r = await api(`${docUrl(doc.id)}/pages/${n}/hits?${q}`);
        if (r.boxes && r.boxes.length) found.push(n);
      } catch { /* leave the page out */ }
    }
  };
  await Promise.all([worker(), worker(), worker(), worker()]);
  if (viewer.doc !== doc) return;
  viewer.hitPages = found.sort((a, b) => a - b);
  updateHitControls();
}

/**
 * The document could not be opened (no such document, or the server failed): say so where its
 * page would be, with a way back, and leave nothing in the toolbar to press.
 */
function renderFailure() {
  const { id, error } = viewer.failed;
  const notFound = error.status === 404;
  $('#viewer').classList.add('doc-failed');
  $('#viewer-title').textContent = notFound ? t('docNotFound') : t('docLoadFailed');
  $('#viewer-citation').textContent = '';
  renderFacts(null);
  setToolbarEnabled(false);
  $('#page-counter').textContent = '';
  $('#hit-counter').textContent = '';
  $('#open-image').hidden = true;
  $('#iiif-manifest').hidden = true;
  $('#page-stage').hidden = true;
  $('#page-image').removeAttribute('src');
  $('#page-text').textContent = '';
  $('#text-source').textContent = '';
  const back = el('button', { type: 'button', class: 'back-to-search', text: t('backToSearch') });
  back.addEventListener('click', () => closeViewer({ push: true }));
  const msg = $('#page-message');
  msg.textContent = '';
  msg.className = 'page-message page-closed';
  msg.append(el('p', { text: notFound ? t('docNotFoundText')(id) : error.message }), back);
  msg.hidden = false;
}

/** Every button of the viewer's toolbar on or off (on: each then takes its own state). */
function setToolbarEnabled(on) {
  document.querySelectorAll('#viewer .viewer-toolbar button').forEach((b) => { b.disabled = !on; });
  $('#viewer .viewer-toolbar').setAttribute('aria-disabled', String(!on));
}

/** The viewer in the interface language now shown: the open document, or why it could not be opened. */
export function rerenderViewer() {
  if (viewer.doc) renderViewer();
  else if (viewer.failed && !$('#viewer').hidden) renderFailure();
}

export function renderViewer() {
  const doc = viewer.doc;
  if (!doc) return;
  setToolbarEnabled(true);
  const page = currentPage();
  const total = lastPageNumber();
  const hidden = hiddenPageNumbers();
  $('#viewer-title').textContent = doc.title || doc.id;
  $('#viewer-citation').textContent = doc.citation || '';
  renderFacts(doc, (n) => gotoPage(n), (id, n) => openDocument(id, n, { push: true }));
  const iiif = $('#iiif-manifest');
  iiif.hidden = !doc.iiif_manifest;
  if (doc.iiif_manifest) iiif.href = doc.iiif_manifest;
  const counter = $('#page-counter');
  const gaps = pageRanges(hidden);
  // a closed page inside the document reads like any other: its number is among those listed closed
  const counterText = !page && (viewer.page > total || !hidden.includes(viewer.page)) ? t('pageCounterMissing')(viewer.page, total)
    : hidden.length ? t('pageCounterGaps')(viewer.page, total, gaps, hidden.length)
      : t('pageCounter')(viewer.page, total);
  counter.textContent = counterText;
  counter.setAttribute('aria-label', page && !hidden.length ? t('pageCounterLabel')(viewer.page, total) : counterText);
  counter.title = hidden.length ? pageRanges(hidden, Infinity) : '';
  counter.classList.toggle('has-gaps', hidden.length > 0 || !page);
  $('#prev-page').disabled = neighbourPage(viewer.page, -1) == null;
  $('#next-page').disabled = neighbourPage(viewer.page, 1) == null;
  $('#toggle-text').setAttribute('aria-pressed', String(viewer.showText));
  $('#viewer-body').classList.toggle('text-hidden', !viewer.showText);

  const img = $('#page-image');
  const stage = $('#page-stage');
  const msg = $('#page-message');
  const hasImage = !!(page && page.image);
  $('#viewer').classList.toggle('no-image', !hasImage);
  $('#viewer').classList.toggle('page-missing', !page);
  $('#zoom-tools').hidden = !hasImage;
  const openImage = $('#open-image');
  msg.hidden = true;
  msg.classList.remove('page-closed');
  if (!page) {
    // a hidden (or no such) page: say so, and ask the server for nothing of it
    stage.hidden = true;
    img.removeAttribute('src');
    openImage.hidden = true;
    msg.textContent = '';
    msg.classList.add('page-closed');
    if (!total) {
      msg.append(el('strong', { text: t('noPagesAvailable') }));
    } else {
      msg.append(el('strong', { text: viewer.page < total ? t('pageClosed')(viewer.page) : t('pageAbsent')(viewer.page, total) }),
        ' ', t('pagesAvailable')(pageRanges(pageNumbers(), 20)));
    }
    msg.hidden = false;
  } else if (hasImage) {
    const src = `${docUrl(doc.id)}/pages/${viewer.page}/image`;
    stage.hidden = false;
    stage.style.aspectRatio = page.width && page.height ? `${page.width} / ${page.height}` : '';
    img.alt = t('imageAlt')(viewer.page, total, doc.title || doc.id);
    if (img.getAttribute('src') !== src) {
      img.classList.remove('loaded');
      img.src = src;
    }
    openImage.href = src;
    openImage.hidden = false;
  } else {
    stage.hidden = true;
    img.removeAttribute('src');
    openImage.hidden = true;
    msg.textContent = t('noImage');
    msg.hidden = false;
  }
  applyZoom();
  renderPageText();
  loadBoxes();
}

function renderPageText() {
  const page = currentPage();
  const textBox = $('#page-text');
  // another page's text starts at its top, not where the last one was scrolled to
  if (textBox.dataset.page !== String(viewer.page)) {
    textBox.dataset.page = String(viewer.page);
    textBox.scrollTop = 0;
  }
  const src = $('#text-source');
  if (!page) { textBox.textContent = ''; src.textContent = ''; return; }
  src.textContent = page.source === 'ocr' ? t('sourceOcr')(page.confidence)
    : page.source === 'text_layer' ? t('sourceTextLayer') : t('sourceText');
  if (page.script) src.appendChild(scriptNote(page));
  if (page.lostText) {
    // the confidence speaks only for what was read: say that part of the page was not
    const lost = document.createElement('span');
    lost.className = 'lost-text';
    lost.setAttribute('role', 'note');
    lost.textContent = ' ' + t('lostText');
    src.appendChild(lost);
  }
  const words = viewer.snippetWords.concat(viewer.boxes.map((b) => b.word));
  const text = page.text || '';
  if (!text.trim()) { textBox.textContent = t('emptyText'); return; }
  markText(textBox, text, search.q ? words : []);
}

/** The script (and languages) the OCR judged a page to be in, e.g. " · Latin script (Jaŋalif) (kk)". */
function scriptNote(page) {
  const languages = page.languages || [];
  const named = languages.length ? ` (${languages.join(', ')})` : '';
  return el('span', {
    class: 'page-script', dataset: { script: page.script }, text: ` · ${t('script')(page.script, languages)}${named}`,
  });
}

async function loadBoxes() {
  const doc = viewer.doc;
  const page = currentPage();
  const key = JSON.stringify([doc.id, viewer.page, search.q, search.syntax]);
  if (viewer.boxesKey === key) { drawBoxes(); afterBoxes(); return; }
  viewer.boxesKey = key;
  viewer.boxes = [];
  drawBoxes();
  if (viewer.boxesController) viewer.boxesController.abort();
  if (!search.q || !page || !page.image) { afterBoxes(); return; }
  const controller = new AbortController();
  viewer.boxesController = controller;
  const q = new URLSearchParams({ q: search.q, syntax: search.syntax });
  try {
    const r = await api(`${docUrl(doc.id)}/pages/${viewer.page}/hits?${q}`, controller.signal);
    if (controller !== viewer.boxesController) return;
    viewer.boxes = (r.boxes || []).slice().sort((a, b) => (a.y - b.y) || (a.x - b.x));
  } catch (e) {
    if (e.name === 'AbortError' || controller !== viewer.boxesController) return;
    viewer.boxes = [];
  }
  drawBoxes();
  renderPageText();
  afterBoxes();
}

/** Targets of hit navigation on the current page: boxes on a scan, marks in a text-only page. */
function hitTargets() {
  const page = currentPage();
  if (page && page.image) return Array.from(document.querySelectorAll('#hit-layer .hit-box'));
  return Array.from(document.querySelectorAll('#page-text mark'));
}

function afterBoxes() {
  const targets = hitTargets();
  if (viewer.pendingHit === 'last') viewer.hitIndex = targets.length - 1;
  else if (viewer.pendingHit === 'first') viewer.hitIndex = bestHit(targets);
  viewer.hitIndex = Math.min(Math.max(0, viewer.hitIndex), Math.max(0, targets.length - 1));
  const scroll = viewer.pendingHit != null;
  viewer.pendingHit = null;
  highlightCurrent(scroll);
  updateHitControls();
}

/** Kinds of match that are not the word asked for (or a form of it): see the API's Box.match. */
const APPROXIMATE = new Set(['variant', 'ocr']);

/** Where the first jump goes: the first exact or morphological match, else the first of any kind. */
function bestHit(targets) {
  const i = targets.findIndex((tEl) => !tEl.classList.contains('approx'));
  return i < 0 ? 0 : i;
}

/** The hit boxes on the page image, placed in percentages of the page so they follow zooming and resizing. */
export function drawBoxes() {
  const layer = $('#hit-layer');
  layer.textContent = '';
  const page = currentPage();
  if (!page || !page.image) return;
  const img = $('#page-image');
  const w = page.width || img.naturalWidth;
  const h = page.height || img.naturalHeight;
  if (!w || !h) return;
  for (const b of viewer.boxes) {
    const pad = Math.max(2, b.h * 0.12);
    // a name's other spelling or an uncertain OCR reading is drawn apart from the word as asked
    const approx = APPROXIMATE.has(b.match);
    const box = el('div', {
      class: approx ? `hit-box approx match-${b.match}` : 'hit-box',
      title: approx ? `${b.word} — ${t(b.match === 'ocr' ? 'matchOcr' : 'matchVariant')}` : b.word,
      dataset: { word: b.word, match: b.match || 'exact' },
    });
    box.style.left = `${((b.x - pad) / w) * 100}%`;
    box.style.top = `${((b.y - pad) / h) * 100}%`;
    box.style.width = `${((b.w + 2 * pad) / w) * 100}%`;
    box.style.height = `${((b.h + 2 * pad) / h) * 100}%`;
    layer.append(box);
  }
}

export function highlightCurrent(scroll) {
  const targets = hitTargets();
  targets.forEach((tEl, i) => tEl.classList.toggle('current', i === viewer.hitIndex));
  const cur = targets[viewer.hitIndex];
  if (cur && scroll) scrollIntoPane(cur);
}

function scrollIntoPane(target) {
  // an instant jump: the reader's eye follows the highlighted box, not an animation
  // at once, even before the image has loaded: the stage has the page's size and shape already
  // (width and aspect ratio), so the box is where the word will be
  target.scrollIntoView({ block: 'center', inline: 'center', behavior: 'auto' });
  // keep the text pane in step: show the same word there
  if (target.classList.contains('hit-box')) {
    const word = target.dataset.word;
    const marks = Array.from(document.querySelectorAll('#page-text mark'));
    marks.forEach((m) => m.classList.remove('current'));
    const same = marks.filter((m) => m.textContent === word);
    const idx = hitTargets().filter((b) => b.dataset.word === word).indexOf(target);
    const m = same[idx] || same[0];
    if (m && viewer.showText) {
      m.classList.add('current');
      const pane = $('#page-text');
      pane.scrollTop = m.offsetTop - pane.offsetTop - pane.clientHeight / 2;
    }
  }
}

function updateHitControls() {
  const targets = hitTargets();
  const hasQuery = !!search.q;
  $('#hit-tools').hidden = !hasQuery;
  const counter = $('#hit-counter');
  counter.textContent = t('hitCounter')(targets.length ? viewer.hitIndex + 1 : 0, targets.length);
  counter.setAttribute('aria-label', targets.length ? t('hitCounterLabel')(viewer.hitIndex + 1, targets.length) : t('noHitsOnPage'));
  const pages = viewer.hitPages || [];
  const later = pages.some((n) => n > viewer.page);
  const earlier = pages.some((n) => n < viewer.page);
  $('#next-hit').disabled = !(viewer.hitIndex < targets.length - 1 || later);
  $('#prev-hit').disabled = !((targets.length && viewer.hitIndex > 0) || earlier);
}

/** The next (dir 1) or previous (-1) match: on this page, else on the next page that has one. */
export function gotoHit(dir) {
  const targets = hitTargets();
  const next = viewer.hitIndex + dir;
  if (targets.length && next >= 0 && next < targets.length) {
    viewer.hitIndex = next;
    highlightCurrent(true);
    updateHitControls();
    return;
  }
  const pages = viewer.hitPages || [];
  const target = dir > 0 ? pages.find((n) => n > viewer.page) : pages.slice().reverse().find((n) => n < viewer.page);
  if (target != null) gotoPage(target, dir < 0 ? 'last' : 'first');
}

function gotoPage(n, hit) {
  if (!viewer.doc) return;
  const page = pageByNumber(n) ? n : resolvePage(n);
  if (page === viewer.page && !hit) return;
  viewer.page = page;
  viewer.hitIndex = hit === 'last' ? -1 : 0;
  viewer.pendingHit = hit || (search.q ? 'first' : null);
  $('#page-pane').scrollTo(0, 0);
  pushState(true);
  renderViewer();
}

/** Shows page n of the open document as the URL asks (history moved): no new history entry. */
export function showPageFromUrl(n) {
  viewer.boxesKey = null;
  viewer.page = resolvePage(n);
  viewer.hitIndex = 0;
  viewer.pendingHit = search.q ? 'first' : null;
  renderViewer();
}

export function closeViewer(opts = {}) {
  const dlg = $('#viewer');
  if (dlg.hidden) return;
  dlg.hidden = true;
  document.body.classList.remove('viewer-open');
  if (viewer.controller) viewer.controller.abort();
  viewer.doc = null;
  viewer.failed = null;
  viewer.boxesKey = null;
  $('#viewer').classList.remove('doc-failed');
  $('#page-image').removeAttribute('src');
  if (opts.push) pushState(false);
  const opener = viewer.opener;
  viewer.opener = null;
  if (opener && document.body.contains(opener)) opener.focus();
  else $('#q').focus({ preventScroll: true });
}

export function toggleText() {
  viewer.showText = !viewer.showText;
  $('#toggle-text').setAttribute('aria-pressed', String(viewer.showText));
  $('#viewer-body').classList.toggle('text-hidden', !viewer.showText);
  applyZoom();
}

/** Tab stays inside the open viewer (a modal dialog). */
export function trapFocus(ev) {
  const dlg = $('#viewer');
  const focusables = Array.from(dlg.querySelectorAll('button, [href], [tabindex]:not([tabindex="-1"])'))
    .filter((e) => !e.disabled && !e.closest('[hidden]') && e.offsetParent !== null);
  if (!focusables.length) return;
  const first = focusables[0], last = focusables[focusables.length - 1];
  if (ev.shiftKey && document.activeElement === first) { ev.preventDefault(); last.focus(); }
  else if (!ev.shiftKey && document.activeElement === last) { ev.preventDefault(); first.focus(); }
}

export async function copyLink() {
  const url = location.href;
  const button = $('#copy-link');
  try {
    await navigator.clipboard.writeText(url);
    button.textContent = t('linkCopied');
  } catch {
    window.prompt(t('copyLink'), url);
  }
  setTimeout(() => { button.textContent = t('copyLink'); }, 2000);
}

// a changed search closes the document: its matches belong to the old one
on('new-search', () => { if (!$('#viewer').hidden) closeViewer(); });
// the document may have been opened before the results came: now they can list its hit pages
on('results', () => {
  if (!viewer.doc || !viewer.hitPages || viewer.hitPages.length) return;
  const known = hitOf(viewer.doc.id);
  if (!known) return;
  viewer.hitPages = known.pages.map((p) => p.number).sort((a, b) => a - b);
  viewer.snippetWords = known.pages.flatMap((p) => markedWords(p.snippet));
  renderPageText();
  updateHitControls();
});
