import { describe, expect, it } from 'vitest';
import { findNameWords } from '../names/name-words';
import type { SpanSink } from '../span';
import { findResidenceTowns } from './residence';

function towns(text: string): string[] {
  const sink: SpanSink = [];
  findResidenceTowns(text, findNameWords(text), sink);
  return sink.map((span) => `${text.slice(span.start, span.end)} ${span.type}`);
}

describe('findResidenceTowns', () => {
  it.each<[string, string[]]>([
    ['found him on the floor of his apartment in North Tamiaton that morning', ['North Tamiaton ADDRESS']],
    ['lives with wife Charley in a single-level home in West Margaret; visits daily', ['West Margaret ADDRESS']],
    ['Pt lives in Springfield with her daughter.', ['Springfield ADDRESS']],
    ['Resides in Fond Lake, MN.', ['Fond Lake ADDRESS']],
    ['She moved back to Tulsa last spring.', ['Tulsa ADDRESS']],
    ['Lives in New Boston.', ['New Boston ADDRESS']],
    // A state is no PHI; nor is a place word alone, a stop word, or a town with no residence cue.
    ['Moved to Florida in 2019.', []],
    ['Lives in New Hampshire.', []],
    ['lives in North of the county', []],
    ['lives in Assisted Living? no: lives in Memory Care', []],
    ['Seen in Cardiology clinic.', []],
    ['Pain in Left knee', []],
    ['Referred to Dermatology.', []],
    ['born in Guatemala, came from Honduras', []],
    ['lives in a house in the suburbs', []],
  ])('%j', (text, expected) => {
    expect(towns(text)).toEqual(expected);
  });
});
