import { addSpan, isWordChar, type SpanSink } from '../span';

// 3-2-4 digits with one consistent separator (dash, space or dot). Nine bare digits are left to
// labels ("SSN 123456789") because they are as likely to be any other record number.
const SSN = /\b(\d{3})([- .])(\d{2})\2(\d{4})/g;

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
  SSN.lastIndex = 0;
  for (let m = SSN.exec(text); m; m = SSN.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    if (isWordChar(text, start - 1) || isWordChar(text, end) || text[start - 1] === '-' || text[end] === '-') continue;
    if (m[2] !== '-' && !/ssn|social|soc\.? ?sec/i.test(text.slice(Math.max(0, start - 24), start))) continue;
    const confidence = ssnConfidence(m[1]!, m[3]!, m[4]!);
    if (confidence > 0) addSpan(sink, start, end, 'SSN', confidence);
  }
}
