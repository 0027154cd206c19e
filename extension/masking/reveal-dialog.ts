import type { PhiType } from '../../shared/phi-types';
import { REVEAL_REASONS, type RevealReason } from '../../shared/reveal-reasons';
import { createUiHost } from './shield-ui-host';

export interface RevealAnswer {
  reason: RevealReason;
  ticket?: string;
}

const CSS = `
form { width: 340px; padding: 14px 16px; background: #fff; border: 1px solid #9ca3af; border-radius: 8px; box-shadow: 0 8px 24px #0004; }
h2 { font-size: 15px; margin: 0 0 8px; }
fieldset { border: 0; margin: 0; padding: 0; display: grid; gap: 2px; }
legend { font-weight: 600; margin-bottom: 4px; }
label { display: flex; gap: 6px; align-items: center; }
input[type=text] { flex: 1; }
.error { color: #b91c1c; min-height: 1.2em; margin: 6px 0; }
.buttons { display: flex; gap: 8px; justify-content: flex-end; }
`;

/**
 * Asks, on the page and keyboard first, why a person reveals a masked value (or the whole page):
 * a modal dialog in a closed shadow root, focus kept inside, Esc cancels. Resolves null when cancelled.
 */
export function askRevealReason(doc: Document, what: { scope: 'value' | 'page'; type?: PhiType; ticketRequired: boolean }): Promise<RevealAnswer | null> {
  const { host, root } = createUiHost(doc, CSS);
  host.style.inset = '20% auto auto 50%';
  host.style.transform = 'translateX(-50%)';
  const form = doc.createElement('form');
  form.setAttribute('role', 'dialog');
  form.setAttribute('aria-modal', 'true');
  form.setAttribute('aria-labelledby', 'phi-shield-title');
  const title = what.scope === 'page' ? 'Reveal everything masked on this page?' : `Reveal this masked ${what.type ?? 'value'}?`;
  form.innerHTML = `
    <h2 id="phi-shield-title"></h2>
    <fieldset><legend>Reason (recorded in the audit log)</legend></fieldset>
    <p class="error" role="alert"></p>
    <div class="buttons"><button type="button" data-cancel>Cancel</button><button type="submit">Reveal</button></div>`;
  form.querySelector('h2')!.textContent = title;
  const fieldset = form.querySelector('fieldset')!;
  for (const [code, { label }] of Object.entries(REVEAL_REASONS)) {
    const row = doc.createElement('label');
    const radio = doc.createElement('input');
    radio.type = 'radio';
    radio.name = 'reason';
    radio.value = code;
    row.append(radio, doc.createTextNode(label));
    fieldset.append(row);
  }
  let ticket: HTMLInputElement | null = null;
  if (what.ticketRequired) {
    const row = doc.createElement('label');
    ticket = doc.createElement('input');
    ticket.type = 'text';
    ticket.maxLength = 64;
    row.append(doc.createTextNode('Ticket'), ticket);
    fieldset.after(row);
  }
  root.append(form);
  const previousFocus = doc.activeElement as HTMLElement | null;
  const focusables = () => [...form.querySelectorAll<HTMLElement>('input, button')];
  focusables()[0]!.focus();

  return new Promise((resolve) => {
    const close = (answer: RevealAnswer | null) => {
      host.remove();
      previousFocus?.focus?.();
      resolve(answer);
    };
    form.addEventListener('keydown', (event) => {
      if (event.key === 'Escape') {
        event.preventDefault();
        close(null);
      } else if (event.key === 'Tab') {
        // Focus stays in the dialog: Tab past the last control wraps to the first, and back.
        const list = focusables();
        const at = list.indexOf(root.activeElement as HTMLElement);
        const next = event.shiftKey ? (at <= 0 ? list.length - 1 : at - 1) : (at + 1) % list.length;
        event.preventDefault();
        list[next]!.focus();
      } else if (event.key === 'Enter' && (event.target as HTMLElement).tagName === 'INPUT') {
        event.preventDefault();
        form.requestSubmit();
      }
      event.stopPropagation(); // the page's own shortcuts must not act on keys typed here
    });
    form.querySelector('[data-cancel]')!.addEventListener('click', () => close(null));
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      const reason = form.querySelector<HTMLInputElement>('input[name=reason]:checked')?.value as RevealReason | undefined;
      const ticketValue = ticket?.value.trim();
      const error = form.querySelector('.error')!;
      if (!reason) error.textContent = 'Choose a reason.';
      else if (ticket && !ticketValue) error.textContent = 'Enter the ticket number.';
      else close({ reason, ...(ticketValue ? { ticket: ticketValue } : {}) });
    });
  });
}
