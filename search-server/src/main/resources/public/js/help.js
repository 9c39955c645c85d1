/** The query syntax help under the search box, in the interface language. */
import { $, el } from './dom.js';
import { t } from './i18n.js';

export function renderHelp() {
  const body = $('#syntax-help-body');
  body.textContent = '';
  const table = (title, rows) => el('section', null,
    el('h3', { text: title }),
    el('dl', null, ...rows.flatMap(([code, what]) => [
      el('dt', null, el('code', { text: code })), el('dd', { text: what })])));
  body.append(table(t('helpSimpleTitle'), t('helpSimple')), table(t('helpLuceneTitle'), t('helpLucene')),
    el('p', { class: 'help-note', text: t('helpNote') }));
}
