/**
 * A document's case facts in the viewer: who (with birth year and role), under which articles,
 * sentenced to what, by whom, when — each with the pages it is read on, which open that page.
 * Only facts of pages the reader may see reach the page (the server reads them from those pages).
 */
import { $, el } from './dom.js';
import { valueLabel } from './labels.js';
import { t } from './i18n.js';

/** Renders doc.facts into #viewer-facts; goToPage(n) shows page n. Hidden when there are none. */
export function renderFacts(doc, goToPage) {
  const box = $('#viewer-facts');
  box.textContent = '';
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
        `${p.name}${p.birth_year ? `, ${t('bornIn')(p.birth_year)}` : ''}`, ...pageLinks(p.pages))));
    row('articles', f.articles.map((a) => el('span', { class: 'fact', text: a })));
    row('sentences', f.sentences.map((s) => el('span', { class: 'fact' },
      `${valueLabel('sentence', s.kind)}${s.years ? ` — ${t('years')(s.years)}` : ''}`, ...pageLinks(s.pages))));
    row('bodies', f.bodies.map((b) => el('span', { class: 'fact', text: valueLabel('body', b) })));
    row('dates', f.dates.map((d) => el('span', { class: 'fact' }, `${t('dateRoles')[d.role] || d.role}: ${d.date}`, ...pageLinks(d.pages))));
  }
  box.hidden = rows.length === 0;
  if (rows.length) box.append(el('dl', { class: 'facts' }, ...rows));
}
