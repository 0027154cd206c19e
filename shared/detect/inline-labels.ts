import { classifyLabel, isThingLabel, type LabelMeaning } from './labels';
import { isWordChar, LOWER, UPPER } from './span';

export interface InlineLabel {
  meaning: LabelMeaning;
  /** Where the label starts. */
  labelStart: number;
  /** Where the value starts (after the colon) and where its line or segment ends. */
  valueStart: number;
  valueEnd: number;
}

// Keywords that announce an identifier even without a colon: "MRN 123456", "Acct# 88812", "SSN 123456789".
const BARE_ID_LABEL =
  /(MRN|MR#|Med(?:ical)? Rec(?:ord)?(?: No\.?| Number| #)?|Acct\.?|Account|Member ID|Subscriber ID|Policy(?: No\.?| Number| #)?|SSN|DL|VIN|Passport(?: No\.?)?|Serial(?: No\.?| Number)?|S\/N|IMEI|UDI|Claim|FIN|CSN|Encounter|NHC|IPP)[ \t\u00a0]*(?:#|No\.?|Number|Nr\.?|n[º°])?[ \t\u00a0]*[:#=]?[ \t\u00a0]*(?=[A-Z0-9]*\d)/gi;
// FHIR-style "system: value" displays: "http://hl7.org/fhir/sid/us-ssn: 999-..." or "urn:oid:...: S999...".
const IDENTIFIER_SYSTEM_BEFORE = /(?:https?:\/\/|urn:)[^\s:]*(?::[^\s:]+)*$/;
const SEGMENT_END = /[\n\r|;\t]|[ \u00a0]{3,}/;
// Label words carry no digits: "VIN 1HGCM82633A004352 S/N:" is labelled "S/N", not "VIN".
const LABEL_WORDS_BEFORE = new RegExp(`([${UPPER}${LOWER}][${UPPER}${LOWER}'./#()-]*(?:[ \\u00a0][${UPPER}${LOWER}'./#()-]+){0,4})[ \\t\\u00a0]*$`);

/** A value runs to the end of its line or segment, and never further than this. */
const LONGEST_INLINE_VALUE = 160;

function segmentEnd(text: string, from: number): number {
  const limit = Math.min(text.length, from + LONGEST_INLINE_VALUE);
  const end = SEGMENT_END.exec(text.slice(from, limit));
  return end ? from + end.index : limit;
}

/** "Label: value" pairs inside running text, and identifier keywords with a value after them. */
export function findInlineLabels(text: string): InlineLabel[] {
  const found: InlineLabel[] = [];
  for (let colon = text.indexOf(':'); colon >= 0; colon = text.indexOf(':', colon + 1)) {
    // "10:30", "http://": a colon between two non-spaces is not a label's.
    const next = text[colon + 1];
    if (next !== undefined && next !== ' ' && next !== '\t' && next !== '\u00a0' && next !== '\n') continue;
    const systemWindow = Math.max(0, colon - 120);
    const system = IDENTIFIER_SYSTEM_BEFORE.exec(text.slice(systemWindow, colon));
    if (system) {
      const meaning = classifyLabel(system[0]);
      if (meaning) found.push({ meaning, labelStart: systemWindow + system.index, valueStart: colon + 1, valueEnd: segmentEnd(text, colon + 1) });
      continue;
    }
    const wordsWindow = Math.max(0, colon - 48);
    const before = LABEL_WORDS_BEFORE.exec(text.slice(wordsWindow, colon));
    const label = before ? longestLabelSuffix(before[1]!) : undefined;
    if (!label) continue;
    const labelStart = wordsWindow + before!.index + before![0].lastIndexOf(label.text);
    found.push({ meaning: label.meaning, labelStart, valueStart: colon + 1, valueEnd: segmentEnd(text, colon + 1) });
  }
  BARE_ID_LABEL.lastIndex = 0;
  for (let m = BARE_ID_LABEL.exec(text); m; m = BARE_ID_LABEL.exec(text)) {
    if (isWordChar(text, m.index - 1)) continue;
    const meaning = classifyLabel(m[1]!);
    if (!meaning) continue;
    const valueStart = m.index + m[0].length;
    found.push({ meaning, labelStart: m.index, valueStart, valueEnd: segmentEnd(text, valueStart) });
  }
  return found;
}

/**
 * Tries the last four, three, two and one words of the clause before a colon:
 * "Seen today. Patient Name:" -> "Patient Name". A thing's label ("Device Name:") ends the search.
 */
function longestLabelSuffix(words: string): { meaning: LabelMeaning; text: string } | undefined {
  const clause = words.split(/[.,;!?)][ \u00a0]+/).pop()!;
  const parts = clause.split(/[ \u00a0]+/);
  for (let take = Math.min(4, parts.length); take >= 1; take--) {
    const label = parts.slice(parts.length - take).join(' ');
    const meaning = classifyLabel(label);
    if (meaning) return { meaning, text: label };
    if (isThingLabel(label)) return undefined;
  }
  return undefined;
}
