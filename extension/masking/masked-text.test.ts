import { describe, expect, it } from 'vitest';
import { maskText } from './masked-text';
import { PlaceholderLabels } from './placeholder-labels';

describe('maskText', () => {
  it('replaces PHI with blocks, keeping the rest of the text', () => {
    expect(maskText('Born 04/17/1958', { labels: [] }, 'block', new PlaceholderLabels())).toEqual({ text: 'Born ██████████', types: ['DATE'] });
  });

  it('uses consistent placeholders in placeholder style', () => {
    const labels = new PlaceholderLabels();
    expect(maskText('SSN 512-44-8120', { labels: [] }, 'placeholder', labels)?.text).toBe('SSN [SSN 1]');
    expect(maskText('Call about 512-44-8120', { labels: [] }, 'placeholder', labels)?.text).toBe('Call about [SSN 1]');
  });

  it('returns null when there is nothing to mask, and masks everything when asked', () => {
    expect(maskText('Blood pressure', { labels: [] }, 'block', new PlaceholderLabels())).toBeNull();
    expect(maskText('Room 12', { labels: [] }, 'block', new PlaceholderLabels(), true)?.text).toBe('███████');
  });
});
