import { describe, expect, it } from 'vitest';
import { AttributeMask } from './attribute-mask';
import { PlaceholderLabels } from './placeholder-labels';
import { MASKED_ATTRIBUTES } from './text-blocks';
import { WriteBudget } from './write-budget';

/**
 * An element with no parent, siblings or children, holding `attributes`, that records every
 * attribute read that is not one of the masked attributes themselves: those are its labels being read.
 */
function fakeElement(attributes: Record<string, string>) {
  const labelReads: string[] = [];
  const element = {
    localName: 'div',
    parentElement: null,
    previousElementSibling: null,
    nextElementSibling: null,
    firstElementChild: null,
    textContent: '',
    isConnected: true,
    ownerDocument: { querySelectorAll: () => [], getElementById: () => null },
    getAttribute(name: string) {
      if (!(MASKED_ATTRIBUTES as readonly string[]).includes(name)) labelReads.push(name);
      return attributes[name] ?? null;
    },
    setAttribute(name: string, value: string) {
      attributes[name] = value;
    },
  };
  return { element: element as unknown as Element, attributes, labelReads };
}

const attributeMask = () => new AttributeMask(new PlaceholderLabels(), 'block', new WriteBudget());

describe('AttributeMask', () => {
  it('masks a value holding PHI, reading its labels', () => {
    const { element, attributes, labelReads } = fakeElement({ title: 'SSN 512-44-8120' });
    expect(attributeMask().update(element, false)).toEqual(['SSN']);
    expect(attributes.title).toBe('SSN ███████████');
    expect(labelReads).not.toEqual([]);
  });

  it('leaves a blank value alone without reading its labels (an empty title on every table row)', () => {
    const { element, attributes, labelReads } = fakeElement({ title: '', 'aria-label': '  ' });
    expect(attributeMask().update(element, true)).toEqual([]);
    expect(attributes).toEqual({ title: '', 'aria-label': '  ' });
    expect(labelReads).toEqual([]);
  });

  it('forgets a masked value the page then blanks: nothing is counted or restored for it', () => {
    const { element, attributes } = fakeElement({ title: 'SSN 512-44-8120' });
    const mask = attributeMask();
    mask.update(element, false);
    attributes.title = '';
    expect(mask.update(element, false)).toEqual([]);
    const counts = {};
    mask.counts(counts);
    expect(counts).toEqual({});
    mask.setRevealed(true);
    expect(attributes.title).toBe('');
  });
});
