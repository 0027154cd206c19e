import { createUiHost } from '../masking/shield-ui-host';

const CSS = `
[role=alertdialog] { width: 340px; padding: 14px 16px; background: #fff; border: 2px solid #6d28d9; border-radius: 8px; box-shadow: 0 8px 24px #0004; }
h2 { font-size: 15px; margin: 0 0 8px; }
.buttons { display: flex; gap: 8px; justify-content: flex-end; }
`;

/**
 * The second step of a reveal while presenting: everyone watching the shared screen would see the
 * value. Cancel has the focus, so a reflexive Enter does not reveal; Tab reaches the confirm
 * button; Esc cancels. Resolves true only on an explicit confirmation.
 */
export function confirmRevealWhilePresenting(doc: Document): Promise<boolean> {
  const { host, root } = createUiHost(doc, CSS);
  host.setAttribute('data-confirm-presenting', '');
  host.style.inset = '20% auto auto 50%';
  host.style.transform = 'translateX(-50%)';
  const dialog = doc.createElement('div');
  dialog.setAttribute('role', 'alertdialog');
  dialog.setAttribute('aria-modal', 'true');
  dialog.innerHTML = `
    <h2>You are presenting</h2>
    <p>Everyone who sees your shared screen will see what you reveal. The confirmation is recorded in the audit log.</p>
    <div class="buttons"><button type="button" data-cancel>Cancel</button><button type="button" data-confirm>Reveal to everyone watching</button></div>`;
  root.append(dialog);
  const [cancel, confirm] = [dialog.querySelector<HTMLButtonElement>('[data-cancel]')!, dialog.querySelector<HTMLButtonElement>('[data-confirm]')!];
  const previousFocus = doc.activeElement as HTMLElement | null;
  cancel.focus();
  return new Promise((resolve) => {
    const close = (confirmed: boolean) => {
      host.remove();
      previousFocus?.focus?.();
      resolve(confirmed);
    };
    dialog.addEventListener('keydown', (event) => {
      event.stopPropagation(); // the page's own shortcuts must not act on keys typed here
      if (event.key === 'Escape') {
        event.preventDefault();
        close(false);
      } else if (event.key === 'Tab') {
        event.preventDefault(); // focus stays on the two buttons
        (root.activeElement === cancel ? confirm : cancel).focus();
      }
    });
    cancel.addEventListener('click', () => close(false));
    confirm.addEventListener('click', () => close(true));
  });
}
