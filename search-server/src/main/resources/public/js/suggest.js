/** Completions of the last word typed in the search box (an ARIA combobox over /api/suggest). */
import { api } from './api.js';
import { $, el } from './dom.js';
import { t } from './i18n.js';
import { on } from './state.js';
import { submitSearch } from './search.js';

const SUGGEST_DELAY_MS = 150;

const suggest = {
  timer: 0, controller: null, items: [], active: -1,
  /** The input value the list was closed for: no list again until the text changes. */
  closedFor: null,
};

/** Closes the list; forValue: and keeps it closed until the text changes. */
export function closeSuggestions(forValue) {
  clearTimeout(suggest.timer);
  if (suggest.controller) suggest.controller.abort();
  suggest.controller = null;
  if (forValue) suggest.closedFor = $('#q').value;
  suggest.items = [];
  suggest.active = -1;
  const list = $('#suggestions');
  list.hidden = true;
  list.textContent = '';
  const q = $('#q');
  q.setAttribute('aria-expanded', 'false');
  q.removeAttribute('aria-activedescendant');
}

function scheduleSuggestions() {
  clearTimeout(suggest.timer);
  const value = $('#q').value;
  if (value !== suggest.closedFor) suggest.closedFor = null;
  const last = value.split(/\s+/).pop().replace(/^[-+"(]+/, '');
  if (last.length < 2 || /[*?~:")]/.test(last)) { closeSuggestions(); return; }
  suggest.timer = setTimeout(() => fetchSuggestions(value), SUGGEST_DELAY_MS);
}

async function fetchSuggestions(value) {
  if (suggest.controller) suggest.controller.abort();
  const controller = new AbortController();
  suggest.controller = controller;
  let r;
  try {
    r = await api(`api/suggest?${new URLSearchParams({ q: value, limit: '8' })}`, controller.signal);
  } catch {
    return; // suggestions are a convenience: never an error message
  }
  const q = $('#q');
  if (controller !== suggest.controller || q.value !== value || suggest.closedFor === value || document.activeElement !== q) return;
  suggest.controller = null;
  const items = (r.suggestions || []).filter((s) => s && s.text && s.text !== value.trim());
  showSuggestions(items, value);
}

function showSuggestions(items, typed) {
  const list = $('#suggestions');
  list.textContent = '';
  suggest.items = items;
  suggest.active = -1;
  const q = $('#q');
  q.removeAttribute('aria-activedescendant');
  if (!items.length) { list.hidden = true; q.setAttribute('aria-expanded', 'false'); return; }
  const head = typed.replace(/\S*$/, '');
  items.forEach((s, i) => {
    const text = String(s.text);
    const tail = text.startsWith(head) ? text.slice(head.length) : text;
    const typedLast = typed.slice(head.length);
    const strong = tail.toLowerCase().startsWith(typedLast.toLowerCase()) ? typedLast.length : 0;
    const li = el('li', { id: `suggestion-${i}`, role: 'option', class: 'suggestion', 'aria-selected': 'false', dataset: { text } },
      el('span', { class: 'suggestion-text' },
        head ? el('span', { class: 'suggestion-head', text: head }) : null,
        tail.slice(0, strong), el('b', { text: tail.slice(strong) })),
      s.docs != null ? el('span', { class: 'suggestion-docs', text: t('suggestionDocs')(s.docs) }) : null);
    // mousedown, not click: the input keeps its focus
    li.addEventListener('mousedown', (ev) => { ev.preventDefault(); pickSuggestion(i); });
    list.append(li);
  });
  list.hidden = false;
  q.setAttribute('aria-expanded', 'true');
}

function moveSuggestion(dir) {
  const n = suggest.items.length;
  if (!n) return;
  suggest.active = suggest.active < 0 ? (dir > 0 ? 0 : n - 1) : (suggest.active + dir + n) % n;
  document.querySelectorAll('#suggestions .suggestion').forEach((li, i) => {
    li.setAttribute('aria-selected', String(i === suggest.active));
    li.classList.toggle('active', i === suggest.active);
    if (i === suggest.active) li.scrollIntoView({ block: 'nearest' });
  });
  $('#q').setAttribute('aria-activedescendant', `suggestion-${suggest.active}`);
}

function pickSuggestion(i) {
  const s = suggest.items[i];
  if (!s) return;
  $('#q').value = s.text;
  submitSearch();
}

function onQueryKeydown(ev) {
  const open = !$('#suggestions').hidden;
  if (ev.key === 'ArrowDown' || ev.key === 'ArrowUp') {
    if (!open) {
      if (ev.key === 'ArrowDown' && $('#q').value.trim()) { suggest.closedFor = null; scheduleSuggestions(); }
      return;
    }
    ev.preventDefault();
    moveSuggestion(ev.key === 'ArrowDown' ? 1 : -1);
  } else if (ev.key === 'Enter' && open && suggest.active >= 0) {
    ev.preventDefault();
    pickSuggestion(suggest.active);
  } else if (ev.key === 'Escape' && open) {
    ev.preventDefault(); // a search box would clear itself
    closeSuggestions(true);
  }
}

/** Suggestions follow what is typed into the search box q. */
export function attachSuggestions(q) {
  q.addEventListener('input', scheduleSuggestions);
  q.addEventListener('keydown', onQueryKeydown);
  q.addEventListener('blur', () => closeSuggestions());
}

on('submitted', () => closeSuggestions(true));
