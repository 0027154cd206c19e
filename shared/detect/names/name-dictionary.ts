import { FIRST_NAMES_PACKED, LAST_NAMES_PACKED } from './name-dictionary.generated';

let firstNames: Set<string> | undefined;
let lastNames: Set<string> | undefined;

/** Reverses build-name-dictionary.ts' front coding: digit = characters shared with the previous word. */
function unpack(packed: string): Set<string> {
  const words = new Set<string>();
  let previous = '';
  let i = 0;
  while (i < packed.length) {
    const shared = packed.charCodeAt(i) - 48;
    let j = i + 1;
    while (j < packed.length) {
      const code = packed.charCodeAt(j);
      if (code >= 48 && code <= 57) break;
      j++;
    }
    previous = previous.slice(0, shared) + packed.slice(i + 1, j);
    words.add(previous);
    i = j;
  }
  return words;
}

/** Lower case without apostrophes, the census spelling ("O'Brien" -> "obrien"). */
const NAME_PUNCTUATION = /['’.]/;
const NAME_PUNCTUATION_GLOBAL = /['’.]/g;

export function nameKey(token: string): string {
  const lower = token.toLowerCase();
  return NAME_PUNCTUATION.test(lower) ? lower.replace(NAME_PUNCTUATION_GLOBAL, '') : lower;
}

export function isFirstName(token: string): boolean {
  return isFirstNameKey(nameKey(token));
}

export function isLastName(token: string): boolean {
  return isLastNameKey(nameKey(token));
}

export function isFirstNameKey(key: string): boolean {
  firstNames ??= unpack(FIRST_NAMES_PACKED);
  return firstNames.has(key);
}

export function isLastNameKey(key: string): boolean {
  lastNames ??= unpack(LAST_NAMES_PACKED);
  if (lastNames.has(key)) return true;
  // Double-barrelled surnames: every part must be a surname ("Garcia-Lopez").
  const dash = key.indexOf('-');
  return dash > 0 && key.split('-').every((part) => lastNames!.has(part));
}
