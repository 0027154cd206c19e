import { createPageMemory, detectBlocks, type NodeSpan } from '../../shared/detect';
import type { PhiType } from '../../shared/phi-types';
import type { PageSettings } from '../messages';
import { AttributeMask } from './attribute-mask';
import { FieldMask, type FormField } from './field-mask';
import { HighlightMask } from './highlight-mask';
import { setImageCovered, shouldCoverImage } from './image-cover';
import { MaskStyleSheet } from './mask-style-sheet';
import { PlaceholderLabels } from './placeholder-labels';
import { privateSelectorFor } from './private-selector';
import { sameMasking } from './same-masking';
import type { ShadowRoots } from './shadow-roots';
import { termSpans } from './term-spans';
import { blockContainerOf, isInline, MASKED_ATTRIBUTES, scanSubtree, type ScannedContent } from './text-blocks';
import { TitleMask } from './title-mask';
import { WriteBudget } from './write-budget';

/** A part of the page to scan again: a whole subtree, or only a container's own inline text. */
interface ScanTarget {
  node: Node;
  shallow: boolean;
}

/**
 * Blocks per detection call. The engine's cross-block propagation grows faster than linearly with
 * the blocks of one call (measured: 5,000 table rows in one call 17.8 s, in batches of 600 blocks
 * 0.7 s), so large scans go in batches; the engine's page memory carries what earlier batches and
 * scans found about the patient (banner names, labelled IDs) into later ones.
 */
export const DETECT_BATCH = 600;

const OBSERVED: MutationObserverInit = {
  childList: true,
  subtree: true,
  characterData: true,
  attributes: true,
  attributeFilter: [...MASKED_ATTRIBUTES],
};

/**
 * Masks PHI in one document and keeps it masked as the page changes: text through highlights,
 * attributes and the tab title by swapping values, form fields and images through marker
 * attributes and the mask stylesheet, in the document and in every shadow root it can see.
 * After the first full scan only what a mutation touched is scanned again, inside the mutation
 * callback, which runs before the next paint, so changed text is masked before it is drawn.
 */
export class PageShield {
  readonly mask: HighlightMask;
  private readonly styles: MaskStyleSheet;
  private readonly placeholders = new PlaceholderLabels();
  private readonly writeBudget = new WriteBudget();
  private attributes: AttributeMask;
  private title: TitleMask;
  private readonly fields = new FieldMask();
  // Holds patient data: lives in this content script only, never sent, stored or logged.
  private pageMemory = createPageMemory();
  private readonly observer: MutationObserver;
  private readonly shadowRoots = new Set<ShadowRoot>();
  private privateSelector: string;
  private scanned = false;
  private revealed = false;

  constructor(
    private readonly doc: Document,
    private settings: PageSettings,
    /** Listening on the document since document_start: roots attached while the page was parsed come too. */
    private readonly shadowRootFinder: ShadowRoots,
  ) {
    this.mask = new HighlightMask(doc);
    this.styles = new MaskStyleSheet(doc);
    this.styles.setStyle(settings.maskStyle);
    this.attributes = new AttributeMask(this.placeholders, settings.maskStyle, this.writeBudget);
    this.title = new TitleMask(doc, this.placeholders, settings.maskStyle, this.writeBudget);
    this.privateSelector = privateSelectorFor(doc, settings.customSelectors);
    // Observing starts with the first scan (start()): records of the parser's every node before it
    // would be dropped anyway, and creating them doubled the corpus pages' parse time (measured).
    this.observer = new MutationObserver((records) => this.onMutations(records));
    doc.addEventListener('input', this.onInput, true);
    shadowRootFinder.deliverTo((root) => this.addShadowRoot(root));
  }

  /** Masks the page now (once) and keeps it masked; after stop(), starts observing again. */
  start(): void {
    if (this.scanned) return;
    this.observer.observe(this.doc, OBSERVED);
    for (const root of this.shadowRoots) this.observer.observe(root, OBSERVED);
    this.setRevealed(false); // stop() lifted everything
    this.scanPage();
  }

  /** The full scan: the body, the title, and every shadow root under them. */
  private scanPage(): void {
    this.title.update();
    if (this.doc.body) this.scan([{ node: this.doc.body, shallow: false }]);
    this.scanned = true;
  }

  /** A shadow root the page attached (open, or closed as seen through the extension API). */
  addShadowRoot(root: ShadowRoot): void {
    if (this.shadowRoots.has(root)) return;
    this.shadowRoots.add(root);
    this.styles.adoptInto(root);
    this.observer.observe(root, OBSERVED);
    // Input events from a closed tree reach the document retargeted to the host: listen inside too.
    root.addEventListener('input', this.onInput, true);
    this.shadowRootFinder.listen(root);
    if (this.scanned) this.scan([{ node: root, shallow: false }]);
  }

  /** New settings from the background: a full rescan if they change what is masked (a look, types, rules), else nothing to do. */
  applySettings(settings: PageSettings): void {
    const previous = this.settings;
    this.settings = settings;
    if (sameMasking(previous, settings)) return;
    // Anchors found while provider names were masked (presentation mode) would keep masking them after: start afresh.
    if (settings.maskProviderNames !== previous.maskProviderNames) this.pageMemory = createPageMemory();
    this.styles.setStyle(settings.maskStyle);
    this.attributes.restoreAll();
    this.attributes = new AttributeMask(this.placeholders, settings.maskStyle, this.writeBudget);
    this.title.setRevealed(true);
    this.title = new TitleMask(this.doc, this.placeholders, settings.maskStyle, this.writeBudget);
    this.privateSelector = privateSelectorFor(this.doc, settings.customSelectors);
    if (this.scanned) {
      this.mask.clearAll();
      this.scanPage();
      this.setRevealed(this.revealed);
    }
  }

  /** Reveal mode: every mask lifted at once, all kept ready to come back. */
  setRevealed(revealed: boolean): void {
    this.revealed = revealed;
    this.mask.setPageRevealed(revealed);
    this.styles.setRevealed(revealed);
    this.attributes.setRevealed(revealed);
    this.title.setRevealed(revealed);
  }

  /** Protection switched off: every mask and swap undone, nothing observed. */
  stop(): void {
    this.observer.disconnect();
    this.scanned = false;
    this.mask.clearAll();
    this.styles.setRevealed(true);
    this.attributes.restoreAll();
    this.title.setRevealed(true);
  }

  /** The shadow roots masked so far, for finding the text under the pointer inside them. */
  knownShadowRoots(): ShadowRoot[] {
    return [...this.shadowRoots];
  }

  /** Masked values on the page now, per type: counts only, for the audit log. */
  counts(): Partial<Record<PhiType, number>> {
    const counts = this.mask.counts();
    this.attributes.counts(counts);
    this.title.counts(counts);
    return counts;
  }

  private readonly onInput = (event: Event): void => {
    if (!this.scanned) return;
    const field = event.composedPath()[0];
    if (field instanceof HTMLInputElement || field instanceof HTMLTextAreaElement || field instanceof HTMLSelectElement) {
      this.fields.update(field, this.isPrivate(field));
    }
  };

  private onMutations(records: MutationRecord[]): void {
    if (!this.scanned) return; // the first scan covers everything parsed before it
    const targets = new Map<Node, boolean>(); // node -> shallow
    const addFull = (node: Node) => targets.set(node, false);
    const addShallow = (node: Node | null) => {
      if (node && !targets.has(node)) targets.set(node, true);
    };
    let titleChanged = false;
    let removed = false;
    for (const record of records) {
      if (this.doc.head?.contains(record.target)) {
        titleChanged = true;
        continue;
      }
      if (record.type === 'attributes') {
        this.attributes.update(record.target as Element, this.isPrivate(record.target as Element));
        continue;
      }
      if (record.type === 'characterData') {
        addShallow(blockContainerOf(record.target));
        continue;
      }
      for (const node of record.addedNodes) {
        if (!node.isConnected) continue;
        if (node.nodeType === Node.TEXT_NODE) addShallow(blockContainerOf(node));
        else if (node.nodeType === Node.ELEMENT_NODE) {
          // An inline element joins its container's text; its subtree may still hold blocks and fields.
          if (isInline(node)) addShallow(blockContainerOf(node));
          addFull(node);
        }
      }
      for (const node of record.removedNodes) {
        removed = true;
        if (isInline(node)) addShallow(blockContainerOf(record.target));
      }
    }
    if (titleChanged) this.title.update();
    if (removed) {
      this.mask.forgetDetached();
      this.attributes.forgetDetached();
    }
    // Whole subtrees first: an added inline element is scanned whole (it may hold blocks and
    // fields), but its text is only part of its container's block; the container's shallow scan,
    // applied after, masks that block as one text.
    const scanTargets = [...targets]
      .filter(([node]) => node.isConnected && !hasAncestorIn(node, targets))
      .sort(([, a], [, b]) => Number(a) - Number(b))
      .map(([node, shallow]) => ({ node, shallow }));
    if (scanTargets.length > 0) this.scan(scanTargets);
  }

  private scan(targets: ScanTarget[]): void {
    const found: ScannedContent = { blocks: [], attributed: [], fields: [], images: [], iframes: [], shadowRoots: [] };
    for (const { node, shallow } of targets) {
      const part = scanSubtree(node, { privateSelector: this.privateSelector, shadowRootOf: this.shadowRootFinder.rootOf, shallow });
      for (const key of Object.keys(found) as (keyof ScannedContent)[]) (found[key] as unknown[]).push(...part[key]);
    }
    // Policy may turn PHI types off for page text; attributes, fields and the title stay fully masked (the safe side).
    const options = { maskProviderNames: this.settings.maskProviderNames, ...(this.settings.phiTypes ? { phiTypes: this.settings.phiTypes } : {}) };
    for (const { block } of found.blocks) block.context = { ...block.context, options };
    for (let start = 0; start < found.blocks.length; start += DETECT_BATCH) {
      const batch = found.blocks.slice(start, start + DETECT_BATCH);
      const spans = detectBlocks(batch.map((b) => b.block), this.pageMemory);
      batch.forEach((b, i) => {
        const perNode = groupByNode(b.private ? wholeNodes(b.nodes) : [...(spans[i] ?? []), ...termSpans(b.block.nodes, this.settings.customTerms)]);
        b.nodes.forEach((node, n) => this.mask.setNodeSpans(node, perNode.get(n) ?? []));
      });
    }
    const attributeTypes = new Map<Element, PhiType[]>();
    for (const element of found.attributed) attributeTypes.set(element, this.attributes.update(element, this.isPrivate(element)));
    for (const field of found.fields) this.fields.update(field as FormField, this.isPrivate(field));
    for (const image of found.images) {
      setImageCovered(image, shouldCoverImage(image, this.isPrivate(image), (attributeTypes.get(image)?.length ?? 0) > 0));
    }
    for (const root of found.shadowRoots) this.addShadowRoot(root);
  }

  private isPrivate(element: Element): boolean {
    return element.closest(this.privateSelector) !== null;
  }
}

/** Whether a proper ancestor of `node` (across shadow boundaries) is scanned whole already. */
function hasAncestorIn(node: Node, targets: Map<Node, boolean>): boolean {
  for (let n: Node | null = parentAcrossShadow(node); n; n = parentAcrossShadow(n)) {
    if (targets.get(n) === false) return true;
  }
  return false;
}

function parentAcrossShadow(node: Node): Node | null {
  return node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
}

function wholeNodes(nodes: readonly Text[]): NodeSpan[] {
  return nodes.map((node, nodeIndex) => ({ nodeIndex, start: 0, end: node.length, type: 'ID', confidence: 1 }));
}

function groupByNode(spans: readonly NodeSpan[]): Map<number, NodeSpan[]> {
  const byNode = new Map<number, NodeSpan[]>();
  for (const span of spans) {
    const list = byNode.get(span.nodeIndex);
    if (list) list.push(span);
    else byNode.set(span.nodeIndex, [span]);
  }
  return byNode;
}
