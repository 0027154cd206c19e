/** Builds labelled TextBlocks: text is appended piece by piece, PHI pieces record their span. */
import type { PhiType } from '../../shared/phi-types';
import type { DetectContext, TextBlock } from '../../shared/detect/index';
import type { Labelled } from './score';

export interface LabelledBlock extends TextBlock {
  /** Ground truth in block-text coordinates. */
  truth: Labelled[];
}

export class DocumentBuilder {
  readonly blocks: LabelledBlock[] = [];
  private current: LabelledBlock | undefined;
  private length = 0;

  /** Starts a new block (a new element on screen) with the given context. */
  block(context?: DetectContext): this {
    this.current = { nodes: [''], truth: [], ...(context ? { context } : {}) };
    this.blocks.push(this.current);
    this.length = 0;
    return this;
  }

  /** Starts a new node inside the current block, as an inline element boundary would. */
  node(): this {
    this.open().nodes.push('');
    return this;
  }

  text(value: string): this {
    const block = this.open();
    block.nodes[block.nodes.length - 1] += value;
    this.length += value.length;
    return this;
  }

  phi(type: PhiType, value: string): this {
    const start = this.length;
    this.text(value);
    this.open().truth.push({ start, end: this.length, type });
    return this;
  }

  /** A label block followed by its value block, as key-value screens lay them out. */
  field(label: string, type: PhiType | undefined, value: string, extra?: Partial<DetectContext>): this {
    this.block().text(label);
    this.block({ labels: [label], ...extra });
    return type ? this.phi(type, value) : this.text(value);
  }

  private open(): LabelledBlock {
    return this.current ?? this.block().current!;
  }
}
