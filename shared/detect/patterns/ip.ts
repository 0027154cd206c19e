import { codeAt, isDigitCode, isRegexWordCode } from '../char-codes';
import { addSpan, isWordChar, type SpanSink } from '../span';

// IPv4: four octets, validated by the pattern. Tried only where a run of digits ends in a dot
// followed by a digit, found from the dots (indexOf): a regex scan tried every digit of the text.
const IPV4_AT = /(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)/y;
// Full and compressed IPv6: at least two colons and one hex group; validated by count below.
// Tried only where a run of hex digits and colons starts, found from its colons: hex letters are
// everywhere in prose, colons are rare.
const IPV6_AT = /(?:[0-9A-Fa-f]{1,4}:){2,7}[0-9A-Fa-f]{1,4}|(?:[0-9A-Fa-f]{1,4}:){1,6}:(?:[0-9A-Fa-f]{1,4}(?::[0-9A-Fa-f]{1,4}){0,5})?|::(?:[0-9A-Fa-f]{1,4}:){0,6}[0-9A-Fa-f]{1,4}/y;

export function findIps(text: string, sink: SpanSink): void {
  findIpv4s(text, sink);
  findIpv6s(text, sink);
}

/** As a global regex with a leading \b would: an address starts where a run of digits does, never inside the previous one. */
function findIpv4s(text: string, sink: SpanSink): void {
  for (let dot = text.indexOf('.'); dot >= 0; dot = text.indexOf('.', dot + 1)) {
    if (!isDigitCode(codeAt(text, dot - 1)) || !isDigitCode(codeAt(text, dot + 1))) continue;
    let start = dot - 1;
    while (start > 0 && isDigitCode(text.charCodeAt(start - 1))) start--;
    if (isRegexWordCode(codeAt(text, start - 1))) continue;
    IPV4_AT.lastIndex = start;
    if (!IPV4_AT.test(text)) continue;
    const end = IPV4_AT.lastIndex;
    // The next address is looked for after this one, refused or not.
    dot = end - 1;
    // Dotted OIDs and version strings ("2.16.840.1.113883") continue with more dots or digits.
    if (isWordChar(text, start - 1) || isWordChar(text, end) || text[start - 1] === '.' || (text[end] === '.' && isWordChar(text, end + 1))) continue;
    addSpan(sink, start, end, 'IP', 0.9);
  }
}

function findIpv6s(text: string, sink: SpanSink): void {
  for (let colon = text.indexOf(':'); colon >= 0; colon = text.indexOf(':', colon + 1)) {
    let start = colon;
    while (start > 0 && isHexOrColon(text.charCodeAt(start - 1))) start--;
    let runEnd = colon + 1;
    while (runEnd < text.length && isHexOrColon(text.charCodeAt(runEnd))) runEnd++;
    colon = runEnd;
    // Times ("10:30:15") have at most two colons: an IPv6 address has "::" or seven.
    if (runEnd - start < 3 || !hasIpv6Colons(text, start, runEnd)) continue;
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

/** Whether text[start, end) has "::" or seven colons: without, no match inside it passes the checks after IPV6_AT. */
function hasIpv6Colons(text: string, start: number, end: number): boolean {
  let colons = 0;
  for (let i = start; i < end; i++) {
    if (text.charCodeAt(i) !== 58) continue;
    if (i + 1 < end && text.charCodeAt(i + 1) === 58) return true;
    colons++;
  }
  return colons >= 7;
}

function isHexOrColon(code: number): boolean {
  return (code >= 48 && code <= 58) || (code >= 65 && code <= 70) || (code >= 97 && code <= 102);
}
