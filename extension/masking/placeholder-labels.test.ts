import { describe, expect, it } from 'vitest';
import { PlaceholderLabels } from './placeholder-labels';

describe('PlaceholderLabels', () => {
  it('numbers values per type, and gives the same value (however spaced or cased) the same label', () => {
    const labels = new PlaceholderLabels();
    const seen = [
      labels.labelFor('NAME', 'Marisol Quintanilla'),
      labels.labelFor('NAME', 'Teodoro Quintanilla'),
      labels.labelFor('DATE', '04/17/1958'),
      labels.labelFor('NAME', 'MARISOL  QUINTANILLA'),
      labels.labelFor('DATE', '04-17-1958'),
    ];
    expect(seen).toEqual(['[NAME 1]', '[NAME 2]', '[DATE 1]', '[NAME 1]', '[DATE 1]']);
  });
});
