import { describe, expect, it } from 'vitest';
import { createPageMemory, detectBlocks, type PageMemory, type TextBlock } from './index';
import type { PhiType } from '../phi-types';

function maskedTexts(blocks: TextBlock[]): string[][] {
  return detectBlocks(blocks).map((spans, b) => spans.map((s) => blocks[b]!.nodes[s.nodeIndex]!.slice(s.start, s.end)));
}

describe('detectBlocks', () => {
  it('returns one span list per block, mapped onto the nodes a split value covers', () => {
    const blocks: TextBlock[] = [{ nodes: ['DOB: 03/', '04/1950', ' (age 74)'] }, { nodes: ['nothing here'] }];
    const result = detectBlocks(blocks);
    expect(result).toHaveLength(2);
    expect(result[0]).toEqual([
      { nodeIndex: 0, start: 5, end: 8, type: 'DATE', confidence: 0.95 },
      { nodeIndex: 1, start: 0, end: 7, type: 'DATE', confidence: 0.95 },
    ]);
    expect(result[1]).toEqual([]);
  });

  it('joins a name split over inline elements into one match', () => {
    expect(maskedTexts([{ nodes: ['Mrs. ', 'Sumiko', ' ', 'Medhurst'] }])).toEqual([['Mrs. ', 'Sumiko', ' ', 'Medhurst']]);
  });

  // A label and its value in adjacent elements with no text between them (a flex row the page's
  // CSS spaces out) read as two words; a word split over elements still reads as one.
  const ADJACENT_NODES: [string[], string[]][] = [
    [['DOB', '02/14/1951'], ['02/14/1951']],
    [['Name', 'John Smith'], ['John Smith']],
    [['Phone', '412-555-0187'], ['412-555-0187']],
    [['Patient', 'ZZTEST, BERNADETTE Q'], ['ZZTEST, BERNADETTE Q']],
    [['02/14/1951', 'Female'], ['02/14/1951']],
    [['Seen by ', 'Smi', 'th', ', Ann'], ['Smi', 'th', ', Ann']],
    [['J', 'ohn Smith'], ['J', 'ohn Smith']],
    [['SSN\u200B', '123-45-6789'], ['123-45-6789']],
    [['Insurance ID:', 'GRP73710'], ['GRP73710']],
    [["Driver's License:", 'D1234567'], ['D1234567']],
    // A first node that is a label alone labels the rest of its block: a name no census list has.
    [['First name', ' Thanh Hai'], ['Thanh Hai']],
    [['Guarantor ', 'Xyla Qorvath', ' (mother)'], ['Xyla Qorvath']],
    [['Medications', ' Lisinopril Tablet'], []],
    [['Name', ' Specific Character Set'], []],
    // A numbered form's label, read without its item number and its notes in brackets; an alias after the name.
    [["11. Father's name (First, Middle, Last)", 'Arben Shehu'], ['Arben Shehu']],
    [['4a. Age — last birthday (years)', '97'], ['97']],
    [["1. Decedent's legal name (First, Middle, Last)", 'BESNIK HYSEN SHEHU', ' AKA ', 'Al SHEHU'], ['BESNIK HYSEN SHEHU', ' AKA ', 'Al SHEHU']],
    [['2. Take ', 'aspirin'], []],
    [['13b. Relationship to decedent', 'Son'], []],
    // An address field's parts the finders leave (a unit before the street; a long listed address abroad), not a state's code.
    [['Address', 'Unit 10/2 Wattle Road, PARRAMATTA NSW 2150'], ['Unit 10', '2 Wattle Road', 'PARRAMATTA NSW']],
    [['Alamat', 'Jl. Dago No. 166, RT 007/RW 001, Kel. Cipaganti, Kec. Cicendo, Kota Bandung, Jawa Barat 40128'], ['Jl. Dago No. 166, RT 007/RW 001, Kel. Cipaganti, Kec. Cicendo, Kota Bandung, Jawa Barat 40128']],
    [['Address', '615 High Terrace, Flint, MI 48591 (until Dec 2024)'], ['615 High Terrace', 'Flint, MI', '48591', 'Dec 2024']],
  ];
  it.each(ADJACENT_NODES)('%j masks %j', (nodes, masked) => {
    expect(maskedTexts([{ nodes }])).toEqual([masked]);
  });

  // A card's or a band's name line above its record fields: "Surname, Given" with no census word.
  const NAME_LINE_ABOVE_FIELDS: [string[], string[][]][] = [
    [['Ghorbani, Maryam', 'DOB 11/11/48 · 76y · F'], [['Ghorbani, Maryam'], ['11/11/48']]],
    [['SZCZEPANIAK, AGATA', 'MRN: R643-4652'], [['SZCZEPANIAK, AGATA'], ['R643-4652']]],
    [['Ghorbani, Maryam', 'Cardiology consult'], [[], []]],
    [['Metoprolol, Tartrate', '25 mg PO daily'], [[], []]],
  ];
  it.each(NAME_LINE_ABOVE_FIELDS)('blocks %j mask %j', (texts, masked) => {
    expect(maskedTexts(texts.map((text) => ({ nodes: [text] })))).toEqual(masked);
  });

  it('propagates a labelled patient name to every block, including initial and surname-first forms', () => {
    const blocks: TextBlock[] = [
      { nodes: ['Wendolyn Kulas'], context: { labels: ['Patient'], role: 'banner' } },
      { nodes: ['Kulas reports less pain. Plan discussed with Wendolyn.'] },
      { nodes: ['cc: W. Kulas; Kulas, Wendolyn'] },
      { nodes: ['Parkinson disease follow-up'] },
    ];
    expect(maskedTexts(blocks)).toEqual([['Wendolyn Kulas'], ['Kulas', 'Wendolyn'], ['W. Kulas', 'Kulas, Wendolyn'], []]);
  });

  it('takes an honorific or initial before, and an initial after, a recurring name word', () => {
    const blocks: TextBlock[] = [
      { nodes: ['Wendolyn Kulas'], context: { labels: ['Patient'] } },
      { nodes: ['Called Mrs. Kulas; cc Kulas, W. and Dr Kulas; KULAS, WENDOLYN'] },
    ];
    expect(maskedTexts(blocks)[1]).toEqual(['Mrs. Kulas', 'Kulas, W.', 'Dr Kulas', 'KULAS, WENDOLYN']);
  });

  it('propagates a labelled identifier to unlabelled occurrences', () => {
    const blocks: TextBlock[] = [{ nodes: ['QX-4471'], context: { labels: ['MRN'] } }, { nodes: ['Result filed under QX-4471 yesterday'] }];
    expect(detectBlocks(blocks)[1]).toMatchObject([{ type: 'MRN', start: 19, end: 26 }]);
  });

  // A few identifiers are searched one by one, many in one pass by their first characters: both must find the same.
  it.each([3, 60])('propagates each of %i labelled identifiers to whole-word occurrences only', (count) => {
    const identifiers = Array.from({ length: count }, (_, i) => `QX-${4400 + i * 7}`);
    const labelled: TextBlock[] = identifiers.map((id) => ({ nodes: [id], context: { labels: ['Account'] } }));
    // Each identifier once as a word, once glued to other characters (not an occurrence).
    const mentions = identifiers.map((id) => `see ${id}, not A${id} or ${id}9`).join('; ');
    const result = detectBlocks([...labelled, { nodes: [mentions] }]);
    const found = result[count]!.map((s) => ({ text: mentions.slice(s.start, s.end), type: s.type }));
    expect(found).toEqual(identifiers.map((id) => ({ text: id, type: 'ACCOUNT' })));
  });

  it('does not propagate low-confidence guesses or provider names', () => {
    const blocks: TextBlock[] = [{ nodes: ['Seen by Dr. Liane Kunze'] }, { nodes: ['Kunze and Liane were on call'] }];
    expect(maskedTexts(blocks)).toEqual([[], []]);
  });

  it("leaves a clinician who shares the patient's surname visible by default, and masks them by policy", () => {
    const blocks = (maskProviderNames: boolean): TextBlock[] => [
      { nodes: ['Talon Turcotte'], context: { labels: ['Patient'], role: 'banner', options: { maskProviderNames } } },
      { nodes: ['Note by Dr. Amara Turcotte; Turcotte tolerated the procedure.'] },
    ];
    expect(maskedTexts(blocks(false))[1]).toEqual(['Turcotte']);
    expect(maskedTexts(blocks(true))[1]).toEqual(['Dr. Amara Turcotte', 'Turcotte']);
  });

  it('handles no blocks and empty nodes', () => {
    expect(detectBlocks([])).toEqual([]);
    expect(detectBlocks([{ nodes: [] }, { nodes: ['', ''] }])).toEqual([[], []]);
  });
});

describe('detectBlocks with a page memory (incremental scans)', () => {
  const banner: TextBlock[] = [
    { nodes: ['Wendolyn Kulas'], context: { labels: ['Patient'], role: 'banner' } },
    { nodes: ['QX-4471'], context: { labels: ['MRN'] } },
  ];
  const laterBlock: TextBlock = { nodes: ['Kulas reports less pain; results filed under QX-4471.'] };

  it('masks names and identifiers anchored by an earlier call in blocks scanned later', () => {
    const memory = createPageMemory();
    detectBlocks(banner, memory);
    expect(maskedTextsWith([laterBlock], memory)).toEqual([['Kulas', 'QX-4471']]);
  });

  it('without the memory, or with another page\'s, a later block stands alone', () => {
    detectBlocks(banner);
    expect(maskedTexts([laterBlock])).toEqual([[]]);
    const otherPage = createPageMemory();
    detectBlocks(banner, createPageMemory());
    expect(maskedTextsWith([laterBlock], otherPage)).toEqual([[]]);
  });

  it('remembers only high-confidence findings, never a provider by default', () => {
    const memory = createPageMemory();
    detectBlocks([{ nodes: ['Seen by Dr. Liane Kunze'] }, { nodes: ['Kulas Wendolyn'] }], memory);
    expect(maskedTextsWith([{ nodes: ['Kunze and Kulas were here'] }], memory)).toEqual([[]]);
  });

  it('gives the same result as one full scan when the page is scanned block by block', () => {
    const page = [...banner, laterBlock, { nodes: ['Plan discussed with Wendolyn, MRN QX-4471.'] }];
    const memory = createPageMemory();
    const incremental = page.map((block) => detectBlocks([block], memory)[0]);
    expect(incremental).toEqual(detectBlocks(page));
  });

  it('keeps the newest anchors when a long-lived page shows many patients', () => {
    const memory = createPageMemory();
    const patient = (i: number) => `Qa${String.fromCharCode(97 + (i % 26), 97 + Math.floor(i / 26))} Zo${String.fromCharCode(97 + Math.floor(i / 26), 97 + (i % 26))}`;
    for (let i = 0; i < 300; i++) detectBlocks([{ nodes: [patient(i)], context: { labels: ['Patient'] } }], memory);
    const [first, last] = [patient(0).split(' ')[0]!, patient(299).split(' ')[0]!];
    expect(maskedTextsWith([{ nodes: [`${first} and ${last}`] }], memory)).toEqual([[last]]);
  });

  it('exposes no PHI and refuses an object it did not make', () => {
    const memory = createPageMemory();
    detectBlocks(banner, memory);
    expect(JSON.stringify(memory)).toBe('{}');
    expect(Object.keys(memory)).toEqual([]);
    expect(() => detectBlocks(banner, {} as PageMemory)).toThrow(/createPageMemory/);
  });
});

function maskedTextsWith(blocks: TextBlock[], memory: PageMemory): string[][] {
  return detectBlocks(blocks, memory).map((spans, b) => spans.map((s) => blocks[b]!.nodes[s.nodeIndex]!.slice(s.start, s.end)));
}

describe('the phiTypes option', () => {
  const text = 'Patient: Marisol Quintanilla  DOB: 04/17/1958  SSN: 512-44-8120';
  const typesFound = (phiTypes?: PhiType[]) =>
    detectBlocks([{ nodes: [text], context: phiTypes ? { options: { phiTypes } } : {} }])[0]!.map((s) => s.type);

  it.each([
    [undefined, ['NAME', 'DATE', 'SSN']],
    [['SSN'], ['SSN']],
    [['NAME', 'DATE'], ['NAME', 'DATE']],
    [[], []],
  ] as [PhiType[] | undefined, PhiType[]][])('with %j reports %j', (phiTypes, expected) => {
    expect(typesFound(phiTypes)).toEqual(expected);
  });
});
