import { describe, expect, it } from 'vitest';
import { detect, detectBlocks } from './index';

// Generous limits: these catch catastrophic backtracking (minutes), not ordinary slowness.
const TIMEOUT = 60_000;

describe('adversarial input', () => {
  it('survives 5 MB of mixed clinical text and finds the PHI in it', { timeout: TIMEOUT }, () => {
    const chunk = 'Pt John Smith, DOB 03/04/1950, BP 120/80, HR 72. Lives at 12 Oak Street, Springfield, IL 62704. ';
    const text = chunk.repeat(Math.ceil(5_000_000 / chunk.length));
    const spans = detect(text);
    expect(spans.filter((s) => s.type === 'DATE')).toHaveLength(Math.ceil(5_000_000 / chunk.length));
  });

  it.each([
    ['one very long word', 'A'.repeat(1_000_000)],
    ['a long run of capitalised words', 'Aa '.repeat(300_000)],
    ['digits without separators', '9'.repeat(1_000_000)],
    ['digit groups that almost form dates and phones', '12/12/12/'.repeat(100_000)],
    ['dashes and hex that almost form UUIDs', 'abcdef12-abcd-'.repeat(70_000)],
    ['colons that almost form IPv6', 'ab:cd:'.repeat(150_000)],
    ['label-like colons', 'Name: '.repeat(150_000)],
    ['at signs', 'a@b@c.'.repeat(150_000)],
    ['street-like numbers and words', '12 Oak Oak Oak Oak '.repeat(50_000)],
    ['name cues', 'patient wife son '.repeat(60_000)],
    // Structured data: sibling and parent reads are bounded (structured-data.ts).
    ['an unclosed JSON object of name parts', '{"given":"Ann",'.repeat(70_000)],
    ['a long JSON array of names', '[' + '{"given":"Ann","family":"Lee"},'.repeat(35_000)],
    ['nested JSON arrays', '{"name":['.repeat(100_000)],
    ['quotes and colons', '":"'.repeat(330_000)],
    ['YAML list items', '- given: Ann\n'.repeat(80_000)],
    ['key=value pairs on one line', 'family=Lee given=Ann '.repeat(50_000)],
    ['equals signs', '='.repeat(1_000_000)],
  ])('%s: no exception, bounded time', { timeout: TIMEOUT }, (_name, text) => {
    expect(() => detect(text)).not.toThrow();
  });

  it('finds identifiers with zero-width characters inside and maps offsets back', () => {
    const text = 'SSN 123\u200B-45-67\u200D89 and DOB 03/\uFEFF04/1950';
    const spans = detect(text);
    expect(spans.map((s) => [s.type, s.text])).toEqual([
      ['SSN', '123\u200B-45-67\u200D89'],
      ['DATE', '03/\uFEFF04/1950'],
    ]);
  });

  it('handles RTL text and bidi controls', () => {
    const text = '\u202Bמטופל\u202C: Patient: Ann Lee \u200F03/04/1950 مريض';
    const spans = detect(text);
    expect(spans.map((s) => s.text)).toEqual(['Ann Lee', '03/04/1950']);
  });

  it('handles unicode names, emoji and surrogate pairs', () => {
    const spans = detect('👩‍⚕️ Patient: Zoë Müller-Lüdenscheidt 😀 DOB 1/2/1940 𝒜');
    expect(spans.map((s) => s.text)).toEqual(['Zoë Müller-Lüdenscheidt', '1/2/1940']);
  });

  it('treats HTML-looking text as text', () => {
    const text = '<div class="x">Patient: <b>Ann</b> Lee</div><script>alert(1)</script> DOB: 03/04/1950 <!-- 123-45-6789 -->';
    const spans = detect(text);
    expect(spans.map((s) => s.type)).toEqual(['DATE', 'SSN']);
    expect(() => detectBlocks([{ nodes: ['<', 'img src=x onerror=alert(1)', '>'] }])).not.toThrow();
  });

  it('handles empty and whitespace-only input', () => {
    expect(detect('')).toEqual([]);
    expect(detect(' \n\t ')).toEqual([]);
  });
});
