/**
 * A document's case facts in the viewer: who (with birth year and role), under which articles,
 * sentenced to what, by whom, when — each with the pages it is read on, which open that page.
 * Only facts of pages the reader may see reach the page (the server reads them from those pages).
 * A person the archive links across documents opens their card: every spelling seen, the birth
 * year, and every document (with its pages) that names them, each of which opens in the viewer.
 */
import { api, encodeId } from './api.js';
import { $, el } from './dom.js';
import { valueLabel } from './labels.js';
import { t } from './i18n.js';

/**
 * Renders doc.facts into #viewer-facts; goToPage(n) shows page n, openDoc(id, page) another
 * document. Hidden when there are none.
 */
export function renderFacts(doc, goToPage, openDoc) {
  const box = $('#viewer-facts');
  box.textContent = '';
  closePerson();
  const f = doc && doc.facts;
  const rows = [];
  const pageLinks = (pages) => (pages || []).map((n) => {
    const b = el('button', { type: 'button', class: 'fact-page', text: t('factPage')(n), dataset: { page: String(n) } });
    b.addEventListener('click', () => goToPage(n));
    return b;
  });
  const row = (key, items) => {
    if (items.length) rows.push(el('div', { class: 'fact-row', dataset: { fact: key } }, el('dt', { text: t('factNames')[key] }), el('dd', null, ...items)));
  };
  if (f) {
    row('persons', f.persons.filter((p) => p.role === 'subject').concat(f.persons.filter((p) => p.role !== 'subject')).map((p) =>
      el('span', { class: `fact fact-person${p.role === 'subject' ? ' fact-subject' : ''}` },
        personName(p, openDoc), p.birth_year ? `, ${t('bornIn')(p.birth_year)}` : '', ...pageLinks(p.pages))));
    row('articles', f.articles.map((a) => el('span', { class: 'fact', text: a })));
    row('sentences', f.sentences.map((s) => el('span', { class: 'fact' },
      `${valueLabel('sentence', s.kind)}${s.years ? ` — ${t('years')(s.years)}` : ''}`, ...pageLinks(s.pages))));
    row('bodies', f.bodies.map((b) => el('span', { class: 'fact', text: valueLabel('body', b) })));
    row('dates', f.dates.map((d) => el('span', { class: 'fact' }, `${t('dateRoles')[d.role] || d.role}: ${d.date}`, ...pageLinks(d.pages))));
  }
  box.hidden = rows.length === 0;
  if (rows.length) box.append(el('dl', { class: 'facts' }, ...rows));
}

/** A person's name as written here: a button opening their card when the archive links them. */
function personName(p, openDoc) {
  if (!p.person || !openDoc) return p.name;
  const b = el('button', { type: 'button', class: 'person-link', text: p.name, title: t('personOpen'), dataset: { person: p.person } });
  b.addEventListener('click', () => openPerson(p.person, openDoc));
  return b;
}

let personRequest = null;

/** Shows the card of person id under the facts: names, birth year, the documents naming them. */
export async function openPerson(id, openDoc) {
  const card = $('#person-card');
  if (personRequest) personRequest.abort();
  const controller = new AbortController();
  personRequest = controller;
  card.hidden = false;
  card.textContent = t('personLoading');
  let person;
  try {
    person = await api(`api/persons/${encodeURIComponent(id)}`, controller.signal);
  } catch (e) {
    if (e.name === 'AbortError') return;
    card.textContent = e.status === 404 ? t('personNotFound') : e.message;
    return;
  }
  if (controller !== personRequest) return;
  const close = el('button', { type: 'button', class: 'icon-button person-close', text: '✕', 'aria-label': t('close'), title: t('close') });
  close.addEventListener('click', closePerson);
  const docs = person.documents.map((d) => {
    const pages = (d.pages || []).map((n) => {
      const a = el('a', { href: `?doc=${encodeId(d.id)}&page=${n}`, class: 'person-doc-page', text: t('factPage')(n) });
      a.addEventListener('click', (ev) => { ev.preventDefault(); openDoc(d.id, n); });
      return a;
    });
    const title = el('a', { href: `?doc=${encodeId(d.id)}`, class: 'person-doc', text: d.name ? `${d.id} — ${d.name}` : d.id });
    title.addEventListener('click', (ev) => { ev.preventDefault(); openDoc(d.id, (d.pages || [])[0] || 1); });
    return el('li', { dataset: { doc: d.id } }, title, d.role === 'subject' ? ` (${t('personSubject')})` : '', ' ', ...pages);
  });
  const names = person.names || [];
  card.textContent = '';
  card.append(
    el('div', { class: 'person-head' },
      el('h3', { text: names[0] || id }), close),
    person.birth_year ? el('p', { class: 'person-born', text: t('bornIn')(person.birth_year) }) : '',
    names.length > 1 ? el('p', { class: 'person-names', text: `${t('personAlsoWritten')}: ${names.slice(1).join('; ')}` }) : '',
    el('p', { class: 'person-docs-head', text: t('personDocuments')(person.documents.length) }),
    el('ul', { class: 'person-docs' }, ...docs));
}

/** Hides the person card. */
export function closePerson() {
  if (personRequest) personRequest.abort();
  personRequest = null;
  const card = $('#person-card');
  card.hidden = true;
  card.textContent = '';
}
