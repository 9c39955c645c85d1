/** The filters: facet values with their counts as checkboxes, and the chosen ones as removable chips. */
import { $, breakable, el } from './dom.js';
import { valueLabel } from './labels.js';
import { fmtNum, t } from './i18n.js';
import { filterCount, on, search } from './state.js';
import { clearDates, toggleFilter } from './search.js';

/** Values shown per facet group before "show more"; years are compact, so more of them. */
const FACET_LIMIT = 8;
const FACET_YEAR_LIMIT = 18;
/** Facet groups the reader expanded ("show more"), kept across searches. */
const expandedFacets = new Set();

const facetName = (dim) => (t('facetNames') || {})[dim] || dim;


export function renderActiveFilters() {
  const box = $('#active-filters');
  const list = $('#active-filter-list');
  list.textContent = '';
  const chip = (label, remove, dataset) => {
    const b = el('button', { type: 'button', class: 'active-filter', dataset, 'aria-label': t('removeFilter')(label) },
      el('span', { class: 'active-filter-text' }, breakable(label)), el('span', { class: 'active-filter-x', 'aria-hidden': 'true', text: '✕' }));
    b.addEventListener('click', () => {
      const next = b.closest('li').nextElementSibling || b.closest('li').previousElementSibling;
      remove();
      // keep the keyboard where it was: on a neighbouring chip, or the search box
      const target = next && document.body.contains(next) ? next.querySelector('button') : null;
      (target || $('#q')).focus({ preventScroll: true });
    });
    list.append(el('li', null, b));
  };
  for (const [dim, values] of Object.entries(search.filters)) {
    for (const v of values) {
      chip(`${facetName(dim)}: ${valueLabel(dim, v)}`, () => toggleFilter(dim, v, false), { dim, value: v });
    }
  }
  if (search.dateFrom || search.dateTo) {
    chip(`${t('dateRange')}: ${t('dateChip')(search.dateFrom, search.dateTo)}`, clearDates, { dim: 'date' });
  }
  const n = filterCount();
  box.hidden = n === 0;
  $('#clear-filters').hidden = n < 2;
  $('#facets-toggle').textContent = t('filtersButton')(n);
}

/** Facet counts as checkboxes; a chosen value stays listed (with 0) so it can be unchecked. */
export function renderFacets(facets) {
  const groups = $('#facet-groups');
  const focused = document.activeElement && document.activeElement.closest && document.activeElement.closest('#facet-groups')
    ? { dim: document.activeElement.dataset.dim, value: document.activeElement.dataset.value, more: document.activeElement.dataset.more }
    : null;
  groups.textContent = '';
  const all = { ...(facets && typeof facets === 'object' ? facets : {}) };
  for (const dim of Object.keys(search.filters)) if (!all[dim]) all[dim] = [];
  for (const [dim, raw] of Object.entries(all)) {
    if (!Array.isArray(raw)) continue;
    const values = raw.map((v) => (v && typeof v === 'object' ? { value: String(v.value), count: v.count } : { value: String(v), count: null }));
    const chosen = search.filters[dim] || [];
    for (const c of chosen) if (!values.some((v) => v.value === c)) values.push({ value: c, count: 0 });
    if (!values.length) continue;
    const headingId = `facet-h-${dim}`;
    const list = el('ul', { class: `facet-values facet-values-${dim === 'year' ? 'year' : 'list'}`, 'aria-labelledby': headingId });
    const limit = dim === 'year' ? FACET_YEAR_LIMIT : FACET_LIMIT;
    const expanded = expandedFacets.has(dim);
    values.forEach((v, i) => {
      const checked = chosen.includes(v.value);
      const label = valueLabel(dim, v.value);
      const box = el('input', { type: 'checkbox', class: 'facet-checkbox', checked, dataset: { dim, value: v.value } });
      box.addEventListener('change', () => toggleFilter(dim, v.value, box.checked));
      const item = el('li', { hidden: !expanded && i >= limit && !checked },
        el('label', { class: `facet-value${checked ? ' chosen' : ''}`, dataset: { dim, value: v.value }, title: label },
          box, el('span', { class: 'facet-label' }, breakable(label)),
          v.count != null ? el('span', { class: 'facet-count', text: fmtNum(v.count) }) : null));
      list.append(item);
    });
    const section = el('section', { class: 'facet-group', dataset: { dim } },
      el('h3', { id: headingId, text: facetName(dim) }), list);
    const hiddenCount = list.querySelectorAll('li[hidden]').length;
    if (values.length > limit && (expanded || hiddenCount > 0)) {
      const more = el('button', { type: 'button', class: 'facet-more', 'aria-expanded': String(expanded), dataset: { more: dim } },
        expanded ? t('showLess') : t('showMore')(hiddenCount));
      more.addEventListener('click', () => {
        if (expandedFacets.has(dim)) expandedFacets.delete(dim); else expandedFacets.add(dim);
        renderFacets(search.data && search.data.facets);
      });
      section.append(more);
    }
    groups.append(section);
  }
  if (focused) {
    const sel = focused.more ? `.facet-more[data-more="${CSS.escape(focused.more)}"]`
      : `.facet-checkbox[data-dim="${CSS.escape(focused.dim || '')}"][data-value="${CSS.escape(focused.value || '')}"]`;
    const again = groups.querySelector(sel);
    if (again) again.focus({ preventScroll: true });
  }
}

/** On a phone the filters are a panel that opens over the results. */
export function setFacetsOpen(open) {
  $('#facets').classList.toggle('open', open);
  $('#facets-toggle').setAttribute('aria-expanded', String(open));
}

on('searching', renderActiveFilters);
on('results', () => {
  renderActiveFilters();
  renderFacets(search.data.facets);
});
