import { addSpan, isWordChar, type SpanSink } from '../span';

// NANP: optional +1, area code and exchange both start 2-9 (validated below), separators or
// parentheses optional, optional extension.
const NANP = /(?:\+?1[ .-]?)?(\(?)([2-9]\d\d)\)?[ .-]?([2-9]\d\d)[ .-]?(\d{4})(?: ?(?:x|ext\.?|#) ?\d{1,5})?/g;
// International: + country code then 6-14 more digits in groups.
const INTERNATIONAL = /\+(?!1[ .-]?\(?[2-9])\d{1,3}(?:[ .-]?\(?\d{1,4}\)?){2,5}/g;
const FAX_CUE = /fax|facsimile|t[ée]l[ée]copie/i;

/** Finds phone numbers; typed FAX when the words just before say so ("Fax: 555-...", "F: "). */
export function findPhones(text: string, sink: SpanSink): void {
  NANP.lastIndex = 0;
  for (let m = NANP.exec(text); m; m = NANP.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    if (isWordChar(text, start - 1) || isWordChar(text, end) || text[end] === '-' || text[start - 1] === '-') continue;
    if (m[1] === '(' && !m[0].includes(')')) continue;
    // "555 5555" exchanges such as 555-01xx are fictional but still shown; N11 exchanges are service codes.
    const exchange = m[3]!;
    if (exchange[1] === '1' && exchange[2] === '1') continue;
    // Ten bare digits are more often a record number: leave them to the identifier finders.
    const bare = !/[ .()+-]/.test(m[0]);
    addSpan(sink, start, end, phoneType(text, start), bare ? 0.6 : 0.9);
  }
  INTERNATIONAL.lastIndex = 0;
  for (let m = INTERNATIONAL.exec(text); m; m = INTERNATIONAL.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    const digits = m[0].replace(/\D/g, '').length;
    if (digits < 8 || digits > 15 || isWordChar(text, end)) continue;
    addSpan(sink, start, end, phoneType(text, start), 0.85);
  }
}

function phoneType(text: string, start: number): 'PHONE' | 'FAX' {
  const before = text.slice(Math.max(0, start - 16), start);
  return FAX_CUE.test(before) || /\bF\s*[:#]\s*$/.test(before) ? 'FAX' : 'PHONE';
}
