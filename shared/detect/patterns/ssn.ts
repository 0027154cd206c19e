import { codeAt, isRegexWordCode } from '../char-codes';
import { addSpan, isWordChar, type SpanSink } from '../span';

// 3-2-4 digits with one consistent separator (dash, space or dot). Nine bare digits are left to
// labels ("SSN 123456789") because they are as likely to be any other record number. The regex
// has no \b, capture or back-reference (each made the scan slower): those are checked in code.
const SSN_SHAPE = /\d{3}[- .]\d\d[- .]\d{4}/g;
const SSN_CUE = /ssn|social|soc\.? ?sec/i;
/** How far before a number separated by spaces or dots the SSN cue must be. */
const SSN_CUE_REACH = 24;

/**
 * SSA rules: area 000 and 666 were never issued, nor group 00 or serial 0000. Area 9xx is an ITIN
 * or a test number (the Synthea test data uses 999): still an identifier, so it is kept with
 * lower confidence rather than dropped.
 */
export function ssnConfidence(area: string, group: string, serial: string): number {
  if (area === '000' || area === '666' || group === '00' || serial === '0000') return 0;
  return area[0] === '9' ? 0.7 : 0.95;
}

export function findSsns(text: string, sink: SpanSink): void {
  SSN_SHAPE.lastIndex = 0;
  for (let m = SSN_SHAPE.exec(text); m; m = SSN_SHAPE.exec(text)) {
    const start = m.index;
    const end = SSN_SHAPE.lastIndex;
    const separator = text.charCodeAt(start + 3);
    // Where \b or the one separator fails, a match may still start at the next character.
    if (isRegexWordCode(codeAt(text, start - 1)) || text.charCodeAt(start + 6) !== separator) {
      SSN_SHAPE.lastIndex = start + 1;
      continue;
    }
    if (isWordChar(text, start - 1) || isWordChar(text, end) || codeAt(text, start - 1) === 45 || codeAt(text, end) === 45) continue;
    if (separator !== 45 && !SSN_CUE.test(text.slice(Math.max(0, start - SSN_CUE_REACH), start))) continue;
    const confidence = ssnConfidence(text.slice(start, start + 3), text.slice(start + 4, start + 6), text.slice(start + 7, end));
    if (confidence > 0) addSpan(sink, start, end, 'SSN', confidence);
  }
}
