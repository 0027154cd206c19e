import { createUiHost } from '../masking/shield-ui-host';

/** Marks the indicator's host, so it is found again (and by tests) without reaching into its closed root. */
export const INDICATOR_ATTRIBUTE = 'data-presenting';

/**
 * The on-page sign of presentation mode: a small label in the top frame's corner, so the presenter
 * knows masking is stricter (and why a reveal is refused). It takes no clicks: it must not get in
 * the way of what is being shown.
 */
export function showPresentingIndicator(doc: Document, on: boolean): void {
  if (doc.defaultView !== doc.defaultView?.top) return;
  const existing = doc.querySelector(`phi-shield-ui[${INDICATOR_ATTRIBUTE}]`);
  if (!on) return existing?.remove();
  if (existing) return;
  const { host, root } = createUiHost(doc, `p { margin: 0; padding: 3px 8px; border-radius: 4px; background: #6d28d9; color: #fff; font-size: 12px; opacity: 0.85; }`);
  host.setAttribute(INDICATOR_ATTRIBUTE, '');
  host.style.inset = '8px 8px auto auto';
  host.style.pointerEvents = 'none';
  const label = doc.createElement('p');
  label.setAttribute('role', 'status');
  label.textContent = 'Presenting: PHI Shield masks more';
  root.append(label);
}
