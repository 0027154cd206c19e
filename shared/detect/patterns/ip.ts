import { addSpan, isWordChar, type SpanSink } from '../span';

const IPV4 = /\b(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)/g;
// Full and compressed IPv6: at least two colons and one hex group; validated by count below.
// Tried only where a run of hex digits and colons starts, found from its colons: hex letters are
// everywhere in prose, colons are rare.
const IPV6_AT = /(?:[0-9A-Fa-f]{1,4}:){2,7}[0-9A-Fa-f]{1,4}|(?:[0-9A-Fa-f]{1,4}:){1,6}:(?:[0-9A-Fa-f]{1,4}(?::[0-9A-Fa-f]{1,4}){0,5})?|::(?:[0-9A-Fa-f]{1,4}:){0,6}[0-9A-Fa-f]{1,4}/y;

export function findIps(text: string, sink: SpanSink): void {
  IPV4.lastIndex = 0;
  for (let m = IPV4.exec(text); m; m = IPV4.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    // Dotted OIDs and version strings ("2.16.840.1.113883") continue with more dots or digits.
    if (isWordChar(text, start - 1) || isWordChar(text, end) || text[start - 1] === '.' || (text[end] === '.' && isWordChar(text, end + 1))) continue;
    addSpan(sink, start, end, 'IP', 0.9);
  }
  for (let colon = text.indexOf(':'); colon >= 0; colon = text.indexOf(':', colon + 1)) {
    let start = colon;
    while (start > 0 && isHexOrColon(text.charCodeAt(start - 1))) start--;
    let runEnd = colon + 1;
    while (runEnd < text.length && isHexOrColon(text.charCodeAt(runEnd))) runEnd++;
    colon = runEnd;
    // Times ("10:30:15") have at most two colons: an IPv6 address has "::" or seven.
    if (runEnd - start < 3) continue;
    IPV6_AT.lastIndex = start;
    const m = IPV6_AT.exec(text);
    if (!m) continue;
    const end = start + m[0].length;
    if (isWordChar(text, start - 1) || isWordChar(text, end) || text[end] === ':') continue;
    const groups = m[0].split(':').filter(Boolean).length;
    // Times ("10:30:15") and ratios are all-decimal with few groups: demand IPv6-like shape.
    if (groups < 3 || (!m[0].includes('::') && groups < 8) || !/[A-Fa-f]|::/.test(m[0])) continue;
    addSpan(sink, start, end, 'IP', 0.85);
  }
}

function isHexOrColon(code: number): boolean {
  return (code >= 48 && code <= 58) || (code >= 65 && code <= 70) || (code >= 97 && code <= 102);
}
