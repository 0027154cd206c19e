import { describe, expect, it } from 'vitest';
import { findInlineLabels } from './inline-labels';

/** Each inline label found as [label text up to the value, value length, type]. */
function labelsIn(text: string): [string, number, string][] {
  return findInlineLabels(text).map((label) => [text.slice(label.labelStart, label.valueStart), label.valueEnd - label.valueStart, label.meaning.type]);
}

describe('findInlineLabels', () => {
  it.each<[string, [string, number, string][]]>([
    // A value ends at "|", ";", a tab, a line break or three spaces (nbsp counts), and after 160 characters.
    ['Phone: 555-201-1234 | Fax: 555-201-9999', [['Phone:', 14, 'PHONE'], ['Fax:', 13, 'FAX']]],
    ['Name: Ann  Lee; DOB: 01/02/1950', [['Name:', 9, 'NAME'], ['DOB:', 11, 'DATE']]],
    ['Name: Ann   Lee', [['Name:', 4, 'NAME']]],
    ['Name: Ann \u00a0 Lee\tnext', [['Name:', 4, 'NAME']]],
    ['Patient: Ann ' + 'x'.repeat(200), [['Patient:', 160, 'NAME']]],
    // An identifier-system URI before the colon is the label (here "ssn" also matches as a keyword).
    ['http://hl7.org/fhir/sid/us-ssn: 999-12-3456', [['http://hl7.org/fhir/sid/us-ssn:', 12, 'SSN'], ['ssn: ', 11, 'SSN']]],
    ['urn:oid:2.16.840.1.113883.4.3.25: S99912345', [['urn:oid:2.16.840.1.113883.4.3.25:', 10, 'DRIVERS_LICENSE']]],
    ['see xurn: 12345', []],
    // The longest label among the last words of the clause.
    ['Seen today. Patient Name: Ann Lee', [['Patient Name:', 8, 'NAME']]],
    // Label words joined by a no-break space: the label still starts at its first word.
    ['Patient\u00a0Name: Ann Lee', [['Patient\u00a0Name:', 8, 'NAME']]],
    ['Seen today. Patient\u00a0Name: Ann Lee', [['Patient\u00a0Name:', 8, 'NAME']]],
    // Identifier keywords without a colon, when a digit follows.
    ['MRN 1234567 and Acct# 88812\nSSN 123456789', [['MRN ', 23, 'MRN'], ['Acct# ', 5, 'ACCOUNT'], ['SSN ', 9, 'SSN']]],
  ])('%j -> %j', (text, expected) => {
    expect(labelsIn(text)).toEqual(expected);
  });
});
