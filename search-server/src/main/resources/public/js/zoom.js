/** Zooming the page image: fit to width, whole page, or a scale the reader chose. */
import { $ } from './dom.js';
import { currentPage } from './pages.js';
import { viewer } from './state.js';

export const ZOOM_STEP = 1.25;
const MIN_SCALE = 0.05;
const MAX_SCALE = 4;

function pageDims() {
  const page = currentPage();
  const img = $('#page-image');
  return { w: (page && page.width) || img.naturalWidth || 1000, h: (page && page.height) || img.naturalHeight || 1414 };
}

function fitScale(mode) {
  const pane = $('#page-pane');
  const { w, h } = pageDims();
  const cs = getComputedStyle(pane);
  const availW = pane.clientWidth - parseFloat(cs.paddingLeft) - parseFloat(cs.paddingRight);
  const availH = pane.clientHeight - parseFloat(cs.paddingTop) - parseFloat(cs.paddingBottom);
  const sw = Math.max(50, availW) / w;
  if (mode === 'page') return Math.min(sw, Math.max(50, availH) / h);
  return sw;
}

export function effectiveScale() {
  return typeof viewer.scale === 'number' ? viewer.scale : fitScale(viewer.scale);
}

export function applyZoom() {
  const stage = $('#page-stage');
  const { w } = pageDims();
  stage.style.width = `${Math.round(w * effectiveScale())}px`;
  $('#zoom-fit').setAttribute('aria-pressed', String(viewer.scale === 'width'));
  $('#zoom-page').setAttribute('aria-pressed', String(viewer.scale === 'page'));
  const s = effectiveScale();
  $('#zoom-in').disabled = s >= MAX_SCALE;
  $('#zoom-out').disabled = s <= MIN_SCALE;
}

/** A number (scale), 'width' or 'page'. */
export function zoomTo(scale) {
  const pane = $('#page-pane');
  // keep the point at the centre of the pane where it is
  const cx = (pane.scrollLeft + pane.clientWidth / 2) / Math.max(1, pane.scrollWidth);
  const cy = (pane.scrollTop + pane.clientHeight / 2) / Math.max(1, pane.scrollHeight);
  viewer.scale = typeof scale === 'number' ? Math.min(MAX_SCALE, Math.max(MIN_SCALE, scale)) : scale;
  applyZoom();
  pane.scrollLeft = cx * pane.scrollWidth - pane.clientWidth / 2;
  pane.scrollTop = cy * pane.scrollHeight - pane.clientHeight / 2;
}

export const zoomBy = (factor) => zoomTo(effectiveScale() * factor);
