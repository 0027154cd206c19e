import { addSpan, type SpanSink } from '../span';

// Found from each "@": the local part is read backwards, the domain forwards (sticky), so the
// regex engine never tries every letter of the text as the start of an address.
const LOCAL_PART_BEFORE = /[A-Za-z0-9._%+-]{1,64}$/;
const DOMAIN_AT = /[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){0,8}\.[A-Za-z]{2,24}\b/y;

export function findEmails(text: string, sink: SpanSink): void {
  for (let at = text.indexOf('@'); at >= 0; at = text.indexOf('@', at + 1)) {
    const local = LOCAL_PART_BEFORE.exec(text.slice(Math.max(0, at - 64), at));
    if (!local) continue;
    DOMAIN_AT.lastIndex = at + 1;
    if (!DOMAIN_AT.exec(text)) continue;
    addSpan(sink, at - local[0].length, DOMAIN_AT.lastIndex, 'EMAIL', 0.95);
    at = DOMAIN_AT.lastIndex - 1;
  }
}
