import { detectBlocks, type DetectContext } from '../../shared/detect';
import { LABEL_MAX_CHARS } from '../../shared/detect/page-structure';
import { contextOf } from './label-context';
import { FIELD_ATTRIBUTE } from './mask-style-sheet';

export type FormField = HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;

// Input types that show no typed text (buttons, toggles) or mask themselves (password).
const TEXTLESS = new Set(['button', 'checkbox', 'color', 'file', 'hidden', 'image', 'password', 'radio', 'range', 'reset', 'submit']);
// Date pickers show a date: every date element but the year is PHI.
const DATE_INPUTS = new Set(['date', 'datetime-local', 'month', 'week']);
// Values that are not PHI alone but are under a PHI label, one in the shape of each kind of field (a
// lone digit under "SSN", digit groups under "DOB", a national number under "Phone", an address under
// "E-mail"; a name, surer under "Patient"): a field is a PHI field when its labels raise the engine's
// confidence in one. A labelled value must have its label's shape (shared/detect/labelled-value.ts).
const PROBES = ['4', '04 01 1950', '12 34 56 78', 'x@y', 'Maria Garcia'];

/**
 * Form fields cannot be highlighted, so a field is masked whole (its glyphs drawn as squares via a
 * marker attribute and the mask stylesheet) when its value holds PHI or its label says it holds
 * PHI. A PHI-labelled field is masked while empty, so the first keystroke is never readable.
 */
export class FieldMask {
  private readonly labelledPhi = new WeakMap<FormField, boolean>();

  update(field: FormField, whole: boolean): void {
    const masked = whole || this.holdsPhi(field);
    if (masked !== field.hasAttribute(FIELD_ATTRIBUTE)) field.toggleAttribute(FIELD_ATTRIBUTE, masked);
  }

  private holdsPhi(field: FormField): boolean {
    if (field instanceof HTMLInputElement && TEXTLESS.has(field.type)) return false;
    if (field instanceof HTMLInputElement && DATE_INPUTS.has(field.type)) return true;
    const context = fieldContext(field);
    if (this.isLabelledPhi(field, context)) return true;
    const value = field instanceof HTMLSelectElement ? (field.selectedOptions[0]?.text ?? '') : field.value;
    return value.trim() !== '' && (detectBlocks([{ nodes: [value], context }])[0] ?? []).length > 0;
  }

  private isLabelledPhi(field: FormField, context: DetectContext): boolean {
    let known = this.labelledPhi.get(field);
    if (known === undefined) {
      const confidence = (probe: string, ctx: DetectContext) => Math.max(0, ...(detectBlocks([{ nodes: [probe], context: ctx }])[0] ?? []).map((s) => s.confidence));
      known = PROBES.some((probe) => confidence(probe, context) > confidence(probe, { role: 'field' }));
      this.labelledPhi.set(field, known);
    }
    return known;
  }
}

function fieldContext(field: FormField): DetectContext {
  const { labels, ariaLabel } = contextOf(field);
  const wrapping = field.closest('label')?.textContent?.trim();
  if (wrapping && wrapping.length <= LABEL_MAX_CHARS) labels.push(wrapping);
  const placeholder = field.getAttribute('placeholder');
  if (placeholder && placeholder.length <= LABEL_MAX_CHARS) labels.push(placeholder);
  return { labels, ariaLabel, fieldName: field.name || field.id || undefined, role: 'field' };
}
