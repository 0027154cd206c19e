import { addSpan, isWordChar, LOWER, UPPER, type SpanSink } from '../span';

// Ages over 89 are PHI (Safe Harbor); younger ages are not. Up to two leading zeros ("092Y");
// a bare "Y" unit only when glued to the number, as banners print it.
const AGE_NUMBER = '0{0,2}(?:9\\d|1[01]\\d|120)';
const AGE_UNIT =
  '(?:[ \\t\\u00a0]?-?[ \\t\\u00a0]?(?:y\\.?[ \\t\\u00a0]?o\\.?|y/o|yo|yrs?\\.?|years?|yr|a[ñn]os|ans|jahre?|j\\.)(?:[ \\t\\u00a0-]+old)?|Y)';
const AGE_WITH_UNIT = new RegExp(`\\b(${AGE_NUMBER})(${AGE_UNIT})(?![${UPPER}${LOWER}\\d])`, 'gi');
// "age 94", "Edad: 92": found from the number (ages over 89 are rare in screen text), the word read backwards.
const AGE_VALUE = new RegExp(`${AGE_NUMBER}(?!\\d|[.,/:]\\d)`, 'g');
const AGE_WORD_BEFORE = /(?:\b(?:aged?|edad|age|alter)|âge)[ \t\u00a0]*(?:of[ \t\u00a0]+)?[:=]?[ \t\u00a0]*$/i;
const AGE_WORD_REACH = 20;

export function findAges(text: string, sink: SpanSink): void {
  AGE_WITH_UNIT.lastIndex = 0;
  for (let m = AGE_WITH_UNIT.exec(text); m; m = AGE_WITH_UNIT.exec(text)) {
    if (isWordChar(text, m.index - 1) || '.,/:'.includes(text[m.index - 1] ?? ' ')) continue;
    addSpan(sink, m.index, m.index + m[0].length, 'AGE_OVER_89', 0.9);
  }
  AGE_VALUE.lastIndex = 0;
  for (let m = AGE_VALUE.exec(text); m; m = AGE_VALUE.exec(text)) {
    const before = text.charCodeAt(m.index - 1);
    if (before >= 48 && before <= 57) continue;
    const wordWindow = Math.max(0, m.index - AGE_WORD_REACH);
    const word = AGE_WORD_BEFORE.exec(text.slice(wordWindow, m.index));
    if (word && !isWordChar(text, wordWindow + word.index - 1)) addSpan(sink, m.index, m.index + m[0].length, 'AGE_OVER_89', 0.85);
  }
}

/** For a value under an "Age" label: the number alone is enough. */
export function isAgeOver89(value: string): boolean {
  const number = /^\s*0{0,2}(\d{2,3})\b/.exec(value);
  return number !== null && Number(number[1]) >= 90 && Number(number[1]) <= 130;
}
