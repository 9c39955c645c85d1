/**
 * Display labels of facet values ("troika_extract" → «Выписка из протокола тройки»), from the
 * server's labels file (config/facet-labels.csv, GET /api/labels), in the interface language.
 */
import { api } from './api.js';
import { lang, t } from './i18n.js';

/** facet → value → language → label; empty until loaded (values are then shown as they are). */
let labels = {};

/** Loads the labels; without them (none configured, or the request failed) values are shown as they are. */
export async function loadLabels() {
  try {
    const loaded = await api('api/labels');
    labels = loaded && typeof loaded === 'object' ? loaded : {};
  } catch {
    labels = {};
  }
}

/** The configured label of one value, in the interface language if it has one, else in another. */
function configured(dim, value) {
  const byValue = labels[dim] || {};
  const l = byValue[value] || byValue[value.toLowerCase()];
  return l ? l[lang] || l.ru || l.kk || l.en || null : null;
}

/**
 * A facet value as the reader sees it: its configured label, else for language codes the
 * interface's own names (names: t('langNames') in facets, t('languages') in running text), else
 * the value itself. A language value naming several languages ("ru+kk") is labelled code by code.
 */
export function valueLabel(dim, value, names = t('langNames')) {
  const v = String(value);
  const label = configured(dim, v);
  if (label) return label;
  if (dim !== 'language') return v;
  const codes = v.split(/[+,; ]+/).filter(Boolean);
  return codes.map((c) => configured(dim, c) || names[c.toLowerCase()] || c).join(', ');
}
