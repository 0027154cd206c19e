import { selectorFor } from './element-picker-selector';
import { createUiHost } from './shield-ui-host';

const PICKER_CSS = `
  .outline { position: fixed; box-sizing: border-box; border: 2px solid #2563eb; background: rgb(37 99 235 / 0.12); pointer-events: none; display: none; }
  .panel { position: fixed; right: 16px; bottom: 16px; max-width: 420px; padding: 12px 14px; background: #fff; border: 1px solid #d1d5db;
           border-radius: 8px; box-shadow: 0 4px 16px rgb(0 0 0 / 0.2); pointer-events: auto; }
  code { display: block; margin: 8px 0; padding: 6px; background: #f3f4f6; word-break: break-all; font: 12px ui-monospace, monospace; }
  .error { color: #b91c1c; }
  button { font: inherit; margin-right: 8px; }
`;

type Phase = 'hovering' | 'confirming';

/**
 * The element picker (popup: "Mask an element…"): the element under the pointer is outlined,
 * arrow up/down widen to the parent or narrow back, Enter or a click picks, Esc cancels. The
 * picked element's selector (element-picker-selector.ts) is shown for confirmation and handed to
 * `save`. Everything is drawn in the shield's own closed shadow root: the page's nodes are never
 * styled, and the page gets none of the picker's clicks or keys.
 */
export function startElementPicker(doc: Document, save: (selector: string) => Promise<void>): void {
  if (active) return;
  const { host, root } = createUiHost(doc, PICKER_CSS);
  host.style.inset = '0';
  host.style.pointerEvents = 'none';
  const outline = doc.createElement('div');
  outline.className = 'outline';
  const panel = doc.createElement('div');
  panel.className = 'panel';
  panel.setAttribute('role', 'dialog');
  panel.setAttribute('aria-label', 'Mask an element');
  root.append(outline, panel);

  let phase: Phase = 'hovering';
  let current: Element | null = null;
  // Elements narrowed from with arrow up, so arrow down returns along the same path.
  const widenedFrom: Element[] = [];
  const view = doc.defaultView!;

  const hint = () => panel.replaceChildren(text('p', 'Point at what to mask and click, or use ↑ ↓ and Enter. Esc cancels.'));
  const highlight = (element: Element | null) => {
    current = element;
    if (!element) return void (outline.style.display = 'none');
    const box = element.getBoundingClientRect();
    Object.assign(outline.style, { display: 'block', left: `${box.left}px`, top: `${box.top}px`, width: `${box.width}px`, height: `${box.height}px` });
  };
  const ours = (event: Event) => event.composedPath().includes(host);
  const pageElement = (event: Event) => {
    const target = event.composedPath()[0];
    return target instanceof view.Element && target !== doc.documentElement ? target : null;
  };

  const onMove = (event: PointerEvent) => {
    if (phase !== 'hovering' || ours(event)) return;
    widenedFrom.length = 0;
    highlight(pageElement(event));
  };
  // The page must not act on a press meant for the picker (a link would navigate, a row open).
  const swallow = (event: Event) => {
    if (ours(event)) return;
    event.preventDefault();
    event.stopImmediatePropagation();
  };
  const onClick = (event: MouseEvent) => {
    if (ours(event)) return;
    swallow(event);
    if (phase === 'hovering') pick(pageElement(event));
  };
  const onKey = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      swallow(event);
      return stop();
    }
    if (phase !== 'hovering') return;
    if (event.key === 'ArrowUp' && current?.parentElement && current.parentElement !== doc.documentElement) {
      widenedFrom.push(current);
      highlight(current.parentElement);
    } else if (event.key === 'ArrowDown' && current) highlight(widenedFrom.pop() ?? current.firstElementChild ?? current);
    else if (event.key === 'Enter') pick(current);
    else return;
    swallow(event);
  };

  const pick = (element: Element | null) => {
    if (!element) return;
    highlight(element);
    phase = 'confirming';
    const selector = selectorFor(element);
    if (!selector) {
      panel.replaceChildren(text('p', 'No short, stable selector finds only this element. Pick a larger area (↑) or another element.'));
      return void setTimeout(() => ((phase = 'hovering'), hint()), 2_500);
    }
    const confirm = button('Mask it', 'confirm');
    const cancel = button('Cancel', 'cancel');
    const error = text('p', '');
    error.className = 'error';
    error.setAttribute('role', 'alert');
    panel.replaceChildren(text('p', 'Always mask what this rule finds on this site?'), text('code', selector), confirm, cancel, error);
    confirm.focus();
    cancel.onclick = () => ((phase = 'hovering'), hint());
    confirm.onclick = async () => {
      confirm.disabled = true;
      try {
        await save(selector);
        stop();
      } catch (err) {
        // The background's refusal says why (e.g. a selector the policy rules out); it quotes no page text.
        error.textContent = err instanceof Error ? err.message : 'The rule could not be saved.';
        confirm.disabled = false;
      }
    };
  };

  const listeners: [string, EventListener][] = [
    ['pointermove', onMove as EventListener],
    ['pointerdown', swallow],
    ['mousedown', swallow],
    ['mouseup', swallow],
    ['click', onClick as EventListener],
    ['keydown', onKey as EventListener],
  ];
  for (const [type, listener] of listeners) view.addEventListener(type, listener, true);
  const stop = () => {
    for (const [type, listener] of listeners) view.removeEventListener(type, listener, true);
    host.remove();
    active = false;
  };
  active = true;
  hint();

  function text(tag: string, content: string) {
    const node = doc.createElement(tag);
    node.textContent = content;
    return node;
  }
  function button(label: string, name: string) {
    const node = text('button', label) as HTMLButtonElement;
    node.type = 'button';
    node.name = name;
    return node;
  }
}

/** One picker per frame at a time: the popup's button pressed twice does not stack two. */
let active = false;
