/**
 * The engine as cold-start.ts loads it in each fresh process (bundled with esbuild, as the
 * extension bundles its content script): the whole engine and each of its parts, each a function
 * that prepares its input untimed and returns the call to time.
 */
import { detectBlocks, type TextBlock } from '../../shared/detect/index';
import { findInlineLabels } from '../../shared/detect/inline-labels';
import { classifyLabel } from '../../shared/detect/labels';
import { findNames } from '../../shared/detect/names/find-names';
import { findNameWords } from '../../shared/detect/names/name-words';
import { findAddresses } from '../../shared/detect/patterns/address';
import { findAges } from '../../shared/detect/patterns/age';
import { findDates } from '../../shared/detect/patterns/date';
import { findEmails } from '../../shared/detect/patterns/email';
import { findIdentifiers } from '../../shared/detect/patterns/identifiers';
import { findIps } from '../../shared/detect/patterns/ip';
import { findPhones } from '../../shared/detect/patterns/phone';
import { findSsns } from '../../shared/detect/patterns/ssn';
import { findUrls } from '../../shared/detect/patterns/url';
import { findUuids } from '../../shared/detect/patterns/uuid';
import type { SpanSink } from '../../shared/detect/span';

export type ColdPart = (blocks: TextBlock[]) => () => void;

/** The page's text as findPageSpans joins it (without taking out invisible characters). */
function joined(blocks: TextBlock[]): string {
  return blocks.map((b) => b.nodes.join('')).join('\n\u0000\n');
}

/** A finder over the joined text. */
function overText(find: (text: string, sink: SpanSink) => void): ColdPart {
  return (blocks) => {
    const text = joined(blocks);
    return () => find(text, []);
  };
}

export const ENGINE = 'engine';

export const PARTS: Record<string, ColdPart> = {
  [ENGINE]: (blocks) => () => detectBlocks(blocks),
  // Every label of every block, as findSpans reads them (the reading answers both questions at once).
  labels: (blocks) => {
    const labels = blocks.flatMap(({ context }) => [...(context?.labels ?? []), context?.ariaLabel, context?.fieldName?.replace(/[_-]+/g, ' ')]);
    return () => {
      for (const label of labels) if (label) classifyLabel(label);
    };
  },
  'inline labels': (blocks) => {
    const text = joined(blocks);
    return () => findInlineLabels(text);
  },
  'name words': (blocks) => {
    const text = joined(blocks);
    return () => findNameWords(text);
  },
  // The name words found beforehand, untimed: this is the name finder's own first call.
  names: (blocks) => {
    const text = joined(blocks);
    const words = findNameWords(text);
    return () => findNames(text, words, [], { providers: [] });
  },
  dates: overText(findDates),
  ages: overText(findAges),
  ssns: overText(findSsns),
  phones: overText(findPhones),
  ips: overText(findIps),
  uuids: overText(findUuids),
  addresses: overText(findAddresses),
  identifiers: overText(findIdentifiers),
  emails: overText(findEmails),
  urls: overText((text, sink) => findUrls(text, sink, false)),
};
