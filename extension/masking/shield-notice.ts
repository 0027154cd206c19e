import { createUiHost } from './shield-ui-host';

const NOTICE_MS = 8_000;

/** Tells the person something the shield did or refused (e.g. why a reveal did not happen). */
export function showNotice(doc: Document, text: string): void {
  const { host, root } = createUiHost(doc, `p { margin: 0; max-width: 360px; padding: 10px 14px; background: #fff7ed; border: 1px solid #c2410c; border-radius: 6px; box-shadow: 0 4px 12px #0003; }`);
  const p = doc.createElement('p');
  p.setAttribute('role', 'status');
  p.textContent = `PHI Shield: ${text}`;
  root.append(p);
  setTimeout(() => host.remove(), NOTICE_MS);
}
