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
    // A month word before a day is a date's: "Ann Smith March 12" is a name and a date, not a name of three words.
    ['Ann Smith March 12, 2025; April May; June 5th', ['Ann', 'Smith', 'April', 'May']],
    ["Parkinson's", ["Parkinson's"]],
    ['ÉLODIE Łukasz Ørsted', ['ÉLODIE', 'Łukasz', 'Ørsted']],
    ['KOVAČEVIĆ ŁÓDŹ', ['KOVAČEVIĆ', 'ŁÓDŹ']],
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
    // A token read alone is looked up without its accents: the census lists have none.
    ['Mİller', true, true],
    ['José', true, true],
    ['Álvarez', false, true],
    ['Pérez', false, true],
    ['Łukasz', false, false],
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

describe('kin cue confidence', () => {
  // A relative named by a census first name alone is an anchor (>= 0.85); other cue names are not.
  const CASES: [string, number][] = [
    ['his daughter Kiley (health care proxy)', 0.85],
    ['his daughter Kiley Abernathy', 0.8],
    ['Patient Kiley', 0.8],
    ['granddaughter (Xiqmena)', 0.8],
    // First names since 1990 (SSA baby names): "Ximena", "Jayden" are census-list first names now.
    ['granddaughter (Ximena)', 0.85],
    ['his grandson Jayden', 0.85],
  ];
  it.each(CASES)('%s', (text, confidence) => {
    const sink: { confidence: number }[] = [];
    findNames(text, findNameWords(text), sink as never, { providers: [] } as never);
    expect(Math.max(...sink.map((s) => s.confidence))).toBe(confidence);
  });
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
    // A common-word surname after a name word, or first before ", Given"; not first alone.
    ['Winnifred Ward', ['Winnifred', 'Ward'], 14],
    ['White, Malvina', ['White'], 5],
    ['White blood cells', [], 0],
    ['Madonna Shields Spouse', ['Madonna', 'Shields'], 15],
    ['Welcome, Lucinda', [], 0],
    // In a field, a census name between two name words is a name word ("Man" is a stop word alone).
    ['Wai Man Chen', ['Wai', 'Man', 'Chen'], 12],
    ['Mary Will Ortiz', ['Mary', 'Will', 'Ortiz'], 15],
    ['DG PATIENT INQUIRY', ['DG'], 2],
    ['Ann Lee Home Phone', ['Ann', 'Lee'], 7],
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
    // A surname that is also a common word, where the form says name; a stop word elsewhere.
    ['Ward, Kaden A', [['Ward, Kaden A', 'patient']]],
    ['WHITE, CHARLEY', [['WHITE, CHARLEY', 'patient']]],
    ['KOSS, WARD', [['KOSS, WARD', 'patient']]],
    ['Seen with Owen White today.', [['Owen White', 'patient']]],
    ['Mrs. White reports improvement.', [['Mrs. White', 'patient']]],
    ['Contact: Enoch Ward (husband)', [['Enoch Ward', 'patient']]],
    ['Transferred to Ward 4B, White blood cells normal.', []],
    ['Patient Ward, Room 4', []],
    ['BLUE CROSS BLUE SHIELD', []],
    // "Surname, Given" without census names: an initial with capitals or a census surname, or a date of birth or an age after.
    ['RATKE, JAZMYN B', [['RATKE, JAZMYN B', 'patient']]],
    ['Haag-Smith, Junius (03/08/1990) M 35y', [['Haag-Smith, Junius', 'patient']]],
    ['Spinka, Cole G M, 86 Y', [['Spinka, Cole G', 'patient']]],
    // Neither word in the census, but the sex and an age after it: a patient row ("M, 86").
    ['Spinka, Zqylan G M, 86 Y', [['Spinka, Zqylan G', 'patient']]],
    ['Spinka, Zqylan G (03/08/1990)', []],
    ['Spinka, Rylan G M, 86 Y', [['Spinka, Rylan G', 'patient']]],
    ['Liam Walsh was seen', [['Liam Walsh', 'patient']]],
    ['Mante, Cole 08/11/1992', [['Mante, Cole', 'patient']]],
    ['Kuphal, Jasen', []],
    ['CBC, WBC B', []],
    ['Medicare, Part B', []],
    ['Metoprolol, Tartrate (03/08/1990)', []],
    // "Given Surname" with a census word, then an age or a date of birth in parentheses; a bare date is not enough.
    ['London Spencer, 93Y M, DOB: 11/25/1931', [['London Spencer', 'patient']]],
    ['Jedidiah Hand (02/19/1987)', [['Jedidiah Hand', 'patient']]],
    ['Zqxon Hand 02/19/1987', []],
    ['Zqx Vrom, 93Y', []],
    // A first name, a middle initial with or without a period, and a surname the census need not know.
    ['Otis E Bartoletti', [['Otis E Bartoletti', 'patient']]],
    ['Otis E. Bartoletti', [['Otis E. Bartoletti', 'patient']]],
    ['Otis E Coli', [['Otis E Coli', 'patient']]],
    ['Vitamin D Level', []],
    // A relationship after a relative's name: capitalised in a column, or in parentheses.
    ['Arno Maggio Parent', [['Arno Maggio', 'patient']]],
    ['Bob Zqxley (brother)', [['Bob Zqxley', 'patient']]],
    ['Family History Mother', []],
    ['Zqx Vrom (brother)', []],
    // A credential after a name makes it a clinician's, census names or not, a space before the comma too.
    ['Talon Turcotte, PA-C', [['Talon Turcotte', 'provider']]],
    ['Margarette Mayer , DO', [['Margarette Mayer', 'provider']]],
    ['Ladarius Kreiger DNP', [['Ladarius Kreiger', 'provider']]],
    ['Ann Vrom, PharmD', [['Ann Vrom', 'provider']]],
    ['KILBACK, ERNESTO NP', [['KILBACK, ERNESTO', 'provider']]],
    ['Established Patient Ladarius Kreiger, PA-C', [['Ladarius Kreiger', 'provider']]],
    ['Zqxon Turcotte, Pharmacy', []],
    // A title in capitals only with its period: "DR" alone is diabetic retinopathy.
    // (The census pair inside is vetoed by the clinician's name in the engine: detect.test.ts.)
    ['QTY: 20 DR. JUNE MASON NO REFILLS', [['JUNE MASON', 'patient'], ['DR. JUNE MASON', 'provider']]],
    ['MRS. XYLA QORVATH', [['MRS. XYLA QORVATH', 'patient']]],
    ['DR JUNE', []],
    // "SURNAME,GIVEN" without a blank (VistA).
    ['CHEN,MARY K 02-02-29', [['CHEN,MARY K', 'patient']]],
    // Particles of Portuguese and Italian names; a dash between a cue and the name.
    ['her mother, Ngozi dos Santos, who', [['Ngozi dos Santos', 'patient']]],
    ["I'll call his son – Youssef Haddad about it", [['Youssef Haddad', 'patient']]],
    ['Queues Will Call (32) Delivery', []],
    // After a relative's cue one word need not be a census name; after other cues it must.
    ['Message Son Xoão called stating', [['Xoão', 'patient']]],
    ['discussed with patient and daughter Chiamaka; daughter verbalized', [['Chiamaka', 'patient']]],
    ['Patient Xoão called', []],
    // An age in brackets, age and sex run together, or a record number in brackets after a name.
    ['Re: Henri Silva (96 y/o) in 7', [['Henri Silva', 'patient']]],
    ['Bed 409 just got Lakshmi Patel, 42F, DKA from ED', [['Lakshmi Patel', 'patient']]],
    ['labs for Juan Carlos Perez (MRN 1210671)', [['Juan Carlos Perez', 'patient']]],
    // Screen chrome and relationship words are no name words.
    ['Patient Medical Advice Request (3) Rx Request', []],
    ['Find Patient Record', []],
    ['Share My Record', []],
    ['Madonna Shields Spouse', [['Madonna Shields', 'patient']]],
    ["Mother's Maiden Name", []],
    // A word a colon follows is a label, not the name a cue announces.
    ['the physician may contact Branch: 800-762-4344', []],
    ['Emergency contact: Branch Ann', [['Branch Ann', 'patient']]],
    // Greetings name the person greeted.
    ['Welcome, Lucinda! Log out', [['Lucinda', 'patient']]],
    ['Hi Lucinda, thank you', [['Lucinda', 'patient']]],
    ['Welcome to the Patient Portal', []],
    // Accents are no obstacle to the census lists in running text, and a particle joins a name's words.
    ['labs for Juan Carlos Pérez de León (MRN 1210671)', [['Juan Carlos Pérez de León', 'patient'], ['Carlos Pérez de León', 'patient']]],
    ['seen with Ana van der Berg today', [['Ana van der Berg', 'patient']]],
    ['Code de la route', []],
    ['John Smith de novo', [['John Smith', 'patient']]],
    // A particle in capitals before "SURNAME, GIVEN" is the surname's.
    ['DE SOUZA, ISABEL 01/14/1951 F', [['DE SOUZA, ISABEL', 'patient']]],
    // The abbreviations notes use for relatives are kin cues; a verb in capitals ends the name.
    ['dtr Jana at bedside', [['Jana', 'patient']]],
    ['Remarks: dtr YAN HAS POA', [['YAN', 'patient']]],
    ['Neuro: DTR Symmetric and brisk', []],
    // Kin words of other languages are cues too (kin-words.ts), and relationships after a name.
    ['woont samen met echtgenoot Joost Bakkerman in Zwolle', [['Joost Bakkerman', 'patient']]],
    ['accompagnata dalla figlia Ornella', [['Ornella', 'patient']]],
    ['Kontakt: Annegret Schmidt-Hansen (Tochter)', [['Annegret Schmidt-Hansen', 'patient']]],
    // "Surname, Given" with no census word, when a patient row's own fields follow it.
    ['Yarlagadda, Lakshmi Prasanna · DOB 01/06/1992', [['Yarlagadda, Lakshmi Prasanna', 'patient']]],
    ['Routine Ghorbani, Maryam DOB 11/11/48', [['Ghorbani, Maryam', 'patient']]],
    ['Encounter Krawczyk, Grzegorz · M · 69 · 00710749', [['Krawczyk, Grzegorz', 'patient']]],
    ['Metoprolol, Tartrate 25 mg', []],
    // In capitals, a date after "SURNAME, GIVEN" says person when both words are spelled like names.
    ['AL NUAIMI, SAIF 06/18/1969 (316) 516-0185', [['AL NUAIMI, SAIF', 'patient']]],
    ['METOPROLOL, TARTRATE 03/08/1990', []],
    ['POTASSIUM, CHLORIDE 01/02/2024', []],
    // A relationship in brackets after "Given Surname" says person, census name or not; a thing's words are not.
    ['Andreea Ionescu (daughter) called', [['Andreea Ionescu', 'patient']]],
    ['Stan Andreea (fiică) — +40 721 618 335', [['Stan Andreea', 'patient']]],
    ['Isolation Precautions (mother)', []],
    // "Given Surname" with no census word before a patient row's own fields, when spelled like a name.
    ["Reza Moradi · M · 85y · DOB Jan 10 '40", [['Reza Moradi', 'patient']]],
    ['Reza Moradi DOB 9/9/1989', [['Reza Moradi', 'patient']]],
    ['URGENT Joost van den Bosch · DOB 9/9/1989', [['Joost van den Bosch', 'patient']]],
    ['Isolation Precautions | DOB 1/2/1950', []],
    // The sex and then a date of birth's label, or an age and then the sex, are a row's own fields too.
    ['Choi, Tae-hyun · Male · DOB 07/27/2024', [['Choi, Tae-hyun', 'patient']]],
    ['Shinwar Yousafzai 52y M · MRN 2037242', [['Shinwar Yousafzai', 'patient']]],
    ['Isolation Precautions 45y F', []],
    ['Pediatric Growth · DOB 03/04/2019', []],
    // After a cue, "Surname, Given" when the given name is a census one.
    ['Patient Smith, John was seen today', [['Smith, John', 'patient']]],
    ['Pt Smith, Room 4', [['Smith', 'patient']]],
    ['Calle Sol, Santa Fe', []],
    // A newborn's hospital name, its family name whatever word it is; and particles names print in capitals.
    ['MB 312 Baby Boy A Page 73837403', [['Baby Boy A Page', 'patient']]],
    ['BABY GIRL TWIN B SISAVATH', [['BABY GIRL TWIN B SISAVATH', 'patient']]],
    ['the baby boy was feeding well', []],
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
