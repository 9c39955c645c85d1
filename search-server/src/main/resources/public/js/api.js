/** The JSON API: addresses of documents and one fetch that turns failures into messages. */
import { t } from './i18n.js';

/** Document ids are paths: encode each segment, keep the slashes. */
export const encodeId = (id) => id.split('/').map(encodeURIComponent).join('/');
export const docUrl = (id) => `api/documents/${encodeId(id)}`;

/**
 * GETs url as JSON. A server that cannot be reached throws an Error with network set and the
 * interface's message; an error answer throws its JSON "error" with status set; an abort rethrows.
 */
export async function api(url, signal) {
  let res;
  try {
    res = await fetch(url, { signal, headers: { Accept: 'application/json' } });
  } catch (e) {
    if (e.name === 'AbortError') throw e;
    const err = new Error(t('networkError'));
    err.network = true;
    throw err;
  }
  let body = null;
  try { body = await res.json(); } catch { /* not JSON */ }
  if (!res.ok) {
    const err = new Error((body && body.error) || `HTTP ${res.status}`);
    err.status = res.status;
    throw err;
  }
  return body;
}
