import { describe, expect, it } from 'vitest';
import { foldedHash } from '../span';
import { isEponymUseAt, isStopWord, isStopWordAt } from '../stoplist';
import { findNames, readNameWords } from './find-names';
import { FoldedWordTable } from './folded-word-table';
import { isFirstName, isLastName, nameKey } from './name-dictionary';
import { FIRST_NAMES_PACKED, LAST_NAMES_PACKED } from './name-dictionary.generated';
import { findNameWords, wordHash } from './name-words';

const hashOf = (text: string, start = 0, end = text.length) => foldedHash(text, start, end, true);

/** The census lists unpacked the plain way: the reference the lookups must agree with. */
function unpack(packed: string): Set<string> {
  const words = new Set<string>();
  let previous = '';
  for (const [, shared, rest] of packed.matchAll(/(\d)(\D*)/g)) {
    previous = previous.slice(0, Number(shared)) + rest;
    words.add(previous);
  }
  return words;
}

describe('findNameWords', () => {
  // Input -> the name words found (NAME_WORD's matches that start at a word boundary).
  const CASES: [string, string[]][] = [
    ['Ann McDonald met SMITH.', ['Ann', 'McDonald', 'SMITH']],
    ["O'Brien, O'KON and Jean-Luc", ["O'Brien", "O'KON", 'Jean-Luc']],
    // A match inside a word is no name word, and the search resumes after it: "Smith" here is part of "Bc-Smith".
    ['eGFR aBc-Smith Lee', ['Lee']],
    ['Smith2 Lee', ['Lee']],
    ["Parkinson's", ["Parkinson's"]],
    ['ÉLODIE Łukasz Ørsted', ['ÉLODIE', 'Ørsted']],
  ];
  it.each(CASES)('%s', (text, expected) => {
    const words = findNameWords(text);
    const found = Array.from({ length: words.count }, (_, i) => text.slice(words.starts[i], words.ends[i]));
    expect(found).toEqual(expected);
    for (let i = 0; i < words.count; i++) expect(wordHash(words, text, i)).toBe(hashOf(text, words.starts[i], words.ends[i]));
  });
});

describe('FoldedWordTable', () => {
  const table = FoldedWordTable.of(['insulin', 'kelvin', 'sjögren']);
  // Word -> whether it is in the table: lower-cased as String.toLowerCase would, letter for letter.
  const CASES: [string, boolean][] = [
    ['Insulin', true],
    ['INSULIN', true],
    ['Insulins', false],
    ["Insulin's", false],
    ['SJÖGREN', true],
    // Kelvin sign lower-cases to "k"; "İ" to "i" and a combining dot.
    ['\u212aelvin', true],
    ['İnsulin', false],
  ];
  it.each(CASES)('%s', (word, expected) => {
    expect(table.hasWordAt(` ${word} `, 1, word.length + 1, hashOf(word))).toBe(expected);
  });

  it('says maybe to a hash it holds and no to most others', () => {
    expect(table.mayHave(hashOf('kelvin'))).toBe(true);
    expect(table.mayHave(hashOf('aspirin'))).toBe(false);
  });
});

describe('stop words and eponyms by position', () => {
  it('answers the same from its Set (the first 3,000 questions) and from its table (after)', () => {
    const tokens = ['Patient', 'PATIENT', "Patient's", 'Tylenol', 'White', 'Parkinson', 'Smith', ...[...unpack(LAST_NAMES_PACKED)].slice(0, 4000)];
    const ask = () => tokens.map((token) => [isStopWord(token), isEponymUseAt(`${token} disease`, 0, token.length, hashOf(token))].join());
    const first = ask();
    expect(ask()).toEqual(first);
    expect(first.slice(0, 5)).toEqual(['true,false', 'true,false', 'false,false', 'true,false', 'true,false']);
    expect(first[5]).toBe('false,true');
  });

  const CASES: [string, boolean][] = [
    ['Patient', true],
    ['PATIENT', true],
    ["Patient's", false],
    ['Tylenol', true],
    ['Smith', false],
  ];
  it.each(CASES)('%s', (word, expected) => {
    const text = `x ${word} y`;
    expect(isStopWordAt(text, 2, 2 + word.length, hashOf(word))).toBe(expected);
    expect(isStopWord(word)).toBe(expected);
  });

  it('vetoes an eponym only where it is used as a term', () => {
    const text = "Parkinson's disease, Mr Parkinson";
    expect(isEponymUseAt(text, 0, 9, hashOf('Parkinson'))).toBe(true);
    expect(isEponymUseAt(text, 24, 33, hashOf('Parkinson'))).toBe(false);
  });
});

describe('census name lookups', () => {
  const firstNames = unpack(FIRST_NAMES_PACKED);
  const lastNames = unpack(LAST_NAMES_PACKED);
  const isLastReference = (key: string) => lastNames.has(key) || (key.indexOf('-') > 0 && key.split('-').every((part) => lastNames.has(part)));

  // Token -> [first name, surname]: nameKey lower-cases and drops apostrophes and periods.
  const CASES: [string, boolean, boolean][] = [
    ['Mary', true, true],
    ['MARY', true, true],
    ["O'Brien", false, true],
    ['O’BRIEN', false, true],
    ['Garcia-Lopez', false, true],
    ['-Smith', false, false],
    ["'-Smith", false, false],
    ['Smith-', false, false],
    ['Zzyzx', false, false],
    ['Mİller', false, false],
  ];
  it.each(CASES)('%s', (token, first, last) => {
    expect([isFirstName(token), isLastName(token)]).toEqual([first, last]);
  });

  it('agrees with the unpacked lists, in the packed search and in the hash table after it', () => {
    // Every entry, capitalised, with an apostrophe, and one letter off: over 100,000 lookups.
    const tokens = [...firstNames, ...lastNames].flatMap((name) => [
      name[0]!.toUpperCase() + name.slice(1),
      `${name.slice(0, 1)}'${name.slice(1)}`.toUpperCase(),
      `${name}x`,
    ]);
    const disagreements = tokens.filter((token) => isFirstName(token) !== firstNames.has(nameKey(token)) || isLastName(token) !== isLastReference(nameKey(token)));
    expect(disagreements).toEqual([]);
  }, 30_000);
});

describe('readNameWords', () => {
  // Text -> the name words read from its start (at most 4) and where they end.
  const CASES: [string, string[], number][] = [
    ['Ann Lee (son)', ['Ann', 'Lee'], 7],
    ['Maria de la Cruz', ['Maria', 'Cruz'], 16],
    ['Maria de  la Cruz', ['Maria'], 5],
    ['Juan del Rio, MD', ['Juan', 'Rio'], 12],
    ['J. Smith', ['J', 'Smith'], 8],
    // A trailing lone initial belongs to the next sentence.
    ['Smith J. Next', ['Smith'], 5],
    ['Patient Portal', [], 0],
    ['Parkinson disease', [], 0],
    ['Ann  Lee', ['Ann', 'Lee'], 8],
    ['Ann    Lee', ['Ann'], 3],
    ['Ann Bo Cy Di Ed', ['Ann', 'Bo', 'Cy', 'Di'], 12],
  ];
  it.each(CASES)('%s', (text, words, end) => {
    expect(readNameWords(text, 0, 4)).toEqual({ words, end });
  });
});

describe('findNames', () => {
  // Text -> the names found, [text, 'patient' | 'provider'], each once (several finders may find one name).
  const CASES: [string, [string, 'patient' | 'provider'][]][] = [
    ['Mrs. Xyla Qorvath arrived.', [['Mrs. Xyla Qorvath', 'patient']]],
    // Titles are case-sensitive.
    ['MRS. Xyla Qorvath arrived.', []],
    ['Seen by Dr. Lee today.', [['Dr. Lee', 'provider']]],
    ['Doña Lucía Pérez llegó.', [['Doña Lucía Pérez', 'patient']]],
    ['Accompanied by his wife Mary Smith.', [['Mary Smith', 'patient']]],
    ["Patient's wife: Ann Lee", [['Ann Lee', 'patient']]],
    ['WIFE Ann Lee', [['Ann Lee', 'patient']]],
    ['Log in to the Patient Portal', []],
    // Cue words by their endings: a non-ASCII letter, a possessive, a two-letter cue, a mark after the cue.
    ['Su père Xavier Qorvath vino.', [['Xavier Qorvath', 'patient']]],
    ['Sœur Xyla Qorvath', [['Xyla Qorvath', 'patient']]],
    ['Her cousin’s son Xyla Qorvath', [['Xyla Qorvath', 'patient']]],
    ['Pt. Xyla Qorvath', [['Xyla Qorvath', 'patient']]],
    ['Next of kin: Xyla Qorvath', [['Xyla Qorvath', 'patient']]],
    ['within Xyla Qorvath', []],
    ['the Xson Xyla Qorvath', []],
    ['Sumiko Larue is a 34 year-old female.', [['Sumiko Larue', 'patient']]],
    ['Seen with Angela Martinez at bedside.', [['Angela Martinez', 'patient']]],
    ['MARTINEZ, ANGELA', [['MARTINEZ, ANGELA', 'patient']]],
    ['Signed: Angela Martinez, MD', [['Angela Martinez', 'provider']]],
    ['Angela Martinez RN', [['Angela Martinez', 'provider']]],
    ['Angela Martinez Rd', [['Angela Martinez', 'patient']]],
    ['History of Parkinson disease, Mary Parkinson', [['Mary Parkinson', 'patient']]],
  ];
  it.each(CASES)('%s', (text, expected) => {
    const sink: { start: number; end: number }[] = [];
    const findings = { providers: [] as { start: number; end: number }[] };
    findNames(text, findNameWords(text), sink as never, findings as never);
    const found = new Set([
      ...sink.map((s) => `${text.slice(s.start, s.end)}|patient`),
      ...findings.providers.map((s) => `${text.slice(s.start, s.end)}|provider`),
    ]);
    expect([...found]).toEqual(expected.map(([name, kind]) => `${name}|${kind}`));
  });
});
