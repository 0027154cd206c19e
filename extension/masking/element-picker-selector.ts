import { detect } from '../../shared/detect';

/** The settings schema's limit for one selector rule (settings/local-settings.ts). */
export const MAX_SELECTOR_LENGTH = 200;
/** Ancestors climbed at most before the selector is given up as too deep to be robust. */
const MAX_DEPTH = 6;
/** Classes kept per element: enough to be specific, few enough to survive a restyle. */
const MAX_CLASSES = 2;

/**
 * A short CSS selector that finds `target` (and, ideally, only it) in its document or shadow root,
 * built from what survives a re-render: ids, data-* attributes and classes that do not look
 * generated, with :nth-of-type only where nothing stable tells siblings apart. No text content is
 * ever used, and no attribute value in which the detection engine finds PHI (an id such as
 * "patient-jane-doe" would otherwise be stored in settings). Null when no selector of at most
 * MAX_SELECTOR_LENGTH characters fits.
 */
export function selectorFor(target: Element): string | null {
  const scope = target.getRootNode() as Document | ShadowRoot;
  const findsOnlyTarget = (selector: string) => {
    const matches = scope.querySelectorAll(selector);
    return matches.length === 1 && matches[0] === target;
  };
  let below = '';
  let element: Element | null = target;
  for (let depth = 0; element && depth < MAX_DEPTH; depth++) {
    const part = stablePart(element);
    // Stable attributes alone may not single the element out: then its position among its siblings does.
    for (const candidate of [part, `${part}${nthOfType(element)}`]) {
      const selector = below ? `${candidate} > ${below}` : candidate;
      if (selector.length <= MAX_SELECTOR_LENGTH && findsOnlyTarget(selector)) return selector;
    }
    if (element.matches('body, html')) break;
    below = below ? `${part} > ${below}` : part;
    element = element.parentElement;
  }
  return null;
}

/** One element's part of the selector: its id alone when stable, else tag, one data-* attribute, classes. */
function stablePart(element: Element): string {
  const id = element.id;
  if (id && isStableValue(id)) return `#${CSS.escape(id)}`;
  let part = element.localName;
  const data = [...element.attributes].find((attr) => attr.name.startsWith('data-') && !attr.name.startsWith('data-phi-shield') && isStableName(attr.name));
  if (data) part += data.value && isStableValue(data.value) ? `[${data.name}="${CSS.escape(data.value)}"]` : `[${data.name}]`;
  const classes = [...element.classList].filter((name) => isStableValue(name)).slice(0, MAX_CLASSES);
  part += classes.map((name) => `.${CSS.escape(name)}`).join('');
  return part;
}

function nthOfType(element: Element): string {
  let index = 1;
  for (let sibling = element.previousElementSibling; sibling; sibling = sibling.previousElementSibling) if (sibling.localName === element.localName) index++;
  return `:nth-of-type(${index})`;
}

/**
 * Whether a value can go into a stored rule: short, not machine-made (build hashes such as
 * "css-1q2w3e", long digit runs that may be record numbers) and holding no PHI the engine finds,
 * read as capitalised words too ("jane_doe" is read as "Jane Doe").
 */
export function isStableValue(value: string): boolean {
  if (value.length > 40 || !/^[A-Za-z][\w-]*$/.test(value)) return false;
  if (/\d{3,}/.test(value) || /^(css|sc|jsx|emotion|svelte)-/.test(value) || looksHashed(value)) return false;
  // The engine finds names by their capitals ("jane doe" is not a name to it, "Jane Doe" is).
  const words = value.split(/[-_]+/).map((word) => word.charAt(0).toUpperCase() + word.slice(1)).join(' ');
  return detect(value).length === 0 && detect(words).length === 0;
}

function isStableName(name: string): boolean {
  return name.length <= 40 && !/\d{3,}/.test(name);
}

/** A segment of 5+ characters mixing letters and digits other than a word and a short number: "x7Fq2", "a1b2c3", not "col12". */
function looksHashed(value: string): boolean {
  return value.split(/[-_]/).some((segment) => segment.length >= 5 && /\d/.test(segment) && /[a-z]/i.test(segment) && !/^[a-z]+\d{1,2}$/i.test(segment));
}

