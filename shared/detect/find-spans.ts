import { findInlineLabels } from './inline-labels';
import { markLabelledValue } from './labelled-value';
import { classifyLabel, isThingLabel, keyWords, type LabelMeaning } from './labels';
import { findNames, type NameFindings } from './names/find-names';
import type { NameWords } from './names/name-words';
import { findAddresses } from './patterns/address';
import { findAges } from './patterns/age';
import { findDates } from './patterns/date';
import { findEmails } from './patterns/email';
import { findHl7Fields } from './patterns/hl7';
import { findIdentifiers } from './patterns/identifiers';
import { findLicenceBarcodeFields } from './patterns/licence-barcode';
import { findIps } from './patterns/ip';
import { findPhones } from './patterns/phone';
import { findResidenceTowns } from './patterns/residence';
import { findSsns } from './patterns/ssn';
import { findUrls } from './patterns/url';
import { findUuids } from './patterns/uuid';
import { countStartingBefore, mergeSortedSpans, resolveSorted, sortSpans } from './resolve-overlaps';
import type { FoundSpan, SpanSink } from './span';
import type { DetectContext } from './types';

const HAS_DIGIT = /\d/;
const STREET_NUMBER = /\d|\bs\/n\b/i;

/** A name in the patient banner is the chart's patient: strong enough to anchor propagation. */
const BANNER_NAME_CONFIDENCE = 0.9;

/** A stretch of the scanned text that came from one block, with the context that block has. */
export interface Region {
  start: number;
  end: number;
  context: DetectContext;
}

/**
 * Everything a text shows on its own (no propagation): pattern finders, names, inline
 * "Label: value" pairs, and each region's own labels. The finders run once over the whole text
 * (a page's blocks joined by the caller) because per-call overhead dominates on short blocks.
 * `regions` in text order. Sorted, non-overlapping.
 */
export function findSpans(text: string, regions: readonly Region[], words: NameWords): TextFindings {
  const sink: SpanSink = [];
  const findings: NameFindings = { providers: [] };

  // Most finders need a digit; most screen text has none. One test skips them all. Ages may be
  // written in words ("ninety-two-year-old"), and their finder searches only for rare literals.
  findAges(text, sink);
  if (HAS_DIGIT.test(text)) {
    findDates(text, sink);
    findSsns(text, sink);
    findPhones(text, sink);
    findIps(text, sink);
    findUuids(text, sink);
    findAddresses(text, sink);
    findIdentifiers(text, sink);
    findLicenceBarcodeFields(text, sink);
  } else if (text.includes(',')) {
    findAddresses(text, sink);
  }
  findEmails(text, sink);
  if (text.includes('://') || text.includes('www.')) findUrls(text, sink, false);
  // Last: HL7 control IDs take back what the other finders found in them.
  findHl7Fields(text, sink, findings.providers);
  // Sorted once here, for the labelled values to look up and for resolving overlaps at the end.
  const patternCount = sink.length;
  const patternSpans = sortSpans(sink.slice());

  findNames(text, words, sink, findings);
  findResidenceTowns(text, words, sink);
  const inlineLabels = text.includes(':') || HAS_DIGIT.test(text) || text.includes('=') ? findInlineLabels(text) : [];
  for (const inline of inlineLabels) {
    // A structured value's bounds are exact: the whole of it is the field (a URL key's value only
    // where the URL finder found one: "url" keys hold terminology and extension URIs).
    if (inline.exact) {
      markLabelledValue(text, inline.valueStart, inline.valueEnd, inline.meaning, sink, findings, patternSpans, inline.meaning.type !== 'URL');
      continue;
    }
    // A street line has a house number, or "s/n" (sin número) in Spanish.
    const wholeSegment = inline.meaning.type === 'ADDRESS' && STREET_NUMBER.test(text.slice(inline.valueStart, inline.valueEnd));
    markLabelledValue(text, inline.valueStart, inline.valueEnd, inline.meaning, sink, findings, patternSpans, wholeSegment);
  }

  // Regions come in text order: one cursor through the label starts, sorted, answers for them all
  // (a Set asked three times per region cost seven times as much).
  const labelStarts = new Int32Array(inlineLabels.length);
  for (let i = 0; i < inlineLabels.length; i++) labelStarts[i] = inlineLabels[i]!.labelStart;
  labelStarts.sort();
  let nextLabel = 0;
  let maskProviders = false;
  for (const region of regions) {
    const context = region.context;
    if (context.options?.maskProviderNames) maskProviders = true;
    // "system: value" inside a labelled field ("Identifier" -> "http://hl7.org/fhir/sid/us-ssn: 999-...")
    // is typed by its own label (one starting within two characters of the region); the field's
    // label applies only when the text has none.
    while (nextLabel < labelStarts.length && labelStarts[nextLabel]! < region.start) nextLabel++;
    const startsWithOwnLabel = nextLabel < labelStarts.length && labelStarts[nextLabel]! <= region.start + 2;
    const blockLabel = startsWithOwnLabel ? undefined : blockLabelMeaning(context);
    if (blockLabel) {
      if (blockLabel.type === 'URL') findUrls(text.slice(region.start, region.end), sink, true, region.start);
      markLabelledValue(text, region.start, region.end, blockLabel, sink, findings, patternSpans, true);
    }
  }
  strengthenBannerNames(sink, regions);
  // Pattern finders find no names: the provider policy concerns only what came after them.
  const others = sink.slice(patternCount);
  const spans = resolveSorted(mergeSortedSpans(patternSpans, sortSpans(maskProviders ? others.concat(findings.providers) : withoutNamesOfProviders(others, findings.providers))));
  return { spans, unmaskedProviders: maskProviders ? NO_SPANS : findings.providers };
}

/** What a text shows on its own, and the clinicians' names the policy leaves visible. */
export interface TextFindings {
  /** Sorted, non-overlapping. */
  spans: FoundSpan[];
  /** Providers' names not masked (the default policy): a patient's name word recurring inside one stays visible too. */
  unmaskedProviders: readonly FoundSpan[];
}

const NO_SPANS: readonly FoundSpan[] = [];

/** The first of the block's labels (label, aria-label, field name) that announces PHI. */
function blockLabelMeaning(context: DetectContext): LabelMeaning | undefined {
  const labels = context.labels ?? NO_LABELS;
  // The common case, one label and nothing else, without building a candidate list.
  if (labels.length === 1 && !context.ariaLabel && !context.fieldName) {
    const meaning = classifyLabel(labels[0]!);
    return meaning?.type === 'NAME' && isThingLabel(labels[0]!) ? undefined : meaning;
  }
  // An input's name or id is a machine key: "patient_dob", "firstName" (keyWords).
  const candidates = [...labels, context.ariaLabel, context.fieldName && keyWords(context.fieldName)].filter((l): l is string => !!l);
  for (const label of candidates) {
    const meaning = classifyLabel(label);
    // "Name" under "Device Name" names a thing.
    if (meaning) return meaning.type === 'NAME' && candidates.some(isThingLabel) ? undefined : meaning;
    if (isThingLabel(label)) return undefined;
  }
  return undefined;
}

const NO_LABELS: readonly string[] = [];

/** Names inside a banner block are the chart's patient. One pass with a binary search: a page may have many banners. */
function strengthenBannerNames(spans: SpanSink, regions: readonly Region[]): void {
  const banners = regions.filter((region) => region.context.role === 'banner');
  if (banners.length === 0) return;
  for (const span of spans) {
    if (span.type !== 'NAME') continue;
    const banner = banners[countStartingBefore(banners, span.start + 1) - 1];
    if (banner && span.end <= banner.end) span.confidence = Math.max(span.confidence, BANNER_NAME_CONFIDENCE);
  }
}

/**
 * Providers' names veto weaker NAME guesses over them (masked only by policy, they must not be
 * masked as a patient's either). Providers sorted by start with the furthest end so far answer
 * "does any overlap?" by a binary search instead of a look at every provider for every name.
 */
export function withoutNamesOfProviders(spans: SpanSink, providers: readonly FoundSpan[]): SpanSink {
  if (providers.length === 0) return spans;
  // sortSpans, not Array.prototype.sort, whose fixed cost dominates on the few providers a page has.
  const sorted = sortSpans(providers.slice());
  // Not an Int32Array: one over 64 bytes is made outside the heap, at 0.2-0.7 µs.
  const furthestEnd: number[] = [];
  sorted.forEach((provider, i) => furthestEnd.push(Math.max(provider.end, i > 0 ? furthestEnd[i - 1]! : 0)));
  const overlapsProvider = (span: FoundSpan) => {
    const last = countStartingBefore(sorted, span.end) - 1;
    return last >= 0 && furthestEnd[last]! > span.start;
  };
  return spans.filter((s) => s.type !== 'NAME' || s.confidence >= 0.95 || !overlapsProvider(s));
}
