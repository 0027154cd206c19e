import { describe, expect, it } from 'vitest';
import { nameShapeScore } from './name-shape';

const score = (word: string) => nameShapeScore(word, 0, word.length);

describe('nameShapeScore', () => {
  // Names of origins the census lists barely have, against clinical vocabulary: the model was learnt
  // from census and given-name lists against English words, none of these among them by design.
  it.each(['Moradi', 'Farahani', 'Szczepaniak', 'Krawczyk', 'Ikechukwu', 'Yarlagadda', 'Kealoha', 'Fa’amausili', 'Łukasz'])('%s is spelled like a name', (word) => {
    expect(score(word)).toBeGreaterThan(0.3);
  });
  it.each(['Isolation', 'Precautions', 'Pediatric', 'Metoprolol', 'Cardiology', 'Observation', 'Authorization', 'Vomiting'])('%s is spelled like a word', (word) => {
    expect(score(word)).toBeLessThan(-0.5);
  });
  it('folds case and accents, skips apostrophes and reads only the given range', () => {
    expect(score('MORADI')).toBe(score('moradi'));
    expect(score('Łukasz')).toBe(score('Lukasz'));
    expect(score("Fa'amausili")).toBe(score('Faamausili'));
    expect(nameShapeScore('DOB Moradi ·', 4, 10)).toBe(score('Moradi'));
    expect(score('')).toBe(0);
  });
});
