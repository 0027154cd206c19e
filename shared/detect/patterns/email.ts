import { addSpan, type SpanSink } from '../span';

// Found from each "@": the local part is read backwards in code, the domain forwards (sticky), so
// the regex engine never tries every letter of the text as the start of an address.
const LONGEST_LOCAL_PART = 64;
const DOMAIN_AT = /[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){0,8}\.[A-Za-z]{2,24}\b/y;

export function findEmails(text: string, sink: SpanSink): void {
  for (let at = text.indexOf('@'); at >= 0; at = text.indexOf('@', at + 1)) {
    const reach = Math.max(0, at - LONGEST_LOCAL_PART);
    let start = at;
    while (start > reach && isLocalPartCode(text.charCodeAt(start - 1))) start--;
    if (start === at) continue;
    DOMAIN_AT.lastIndex = at + 1;
    if (!DOMAIN_AT.exec(text)) continue;
    addSpan(sink, start, DOMAIN_AT.lastIndex, 'EMAIL', 0.95);
    at = DOMAIN_AT.lastIndex - 1;
  }
}

/** [A-Za-z0-9._%+-] */
function isLocalPartCode(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 46 || code === 95 || code === 37 || code === 43 || code === 45;
}
