import { valueDigest } from '../../shared/value-digest';
import { confirmRevealWhilePresenting } from '../presenting/confirm-while-presenting';
import { sendMessage } from '../send-message';
import type { MaskedRange } from './highlight-mask';
import type { PageShield } from './page-shield';
import type { ResolvedSettings } from './page-settings';
import { askRevealReason, type RevealAnswer } from './reveal-dialog';
import { showNotice } from './shield-notice';
import type { ShieldState } from './shield-state';

interface ActiveReveal {
  seq: number;
  startedAt: number;
  timer: ReturnType<typeof setTimeout>;
  remask(): void;
}

/**
 * Reveals, always asked for and logged first: Alt+click on masked text reveals that value, the
 * reveal-mode shortcut the whole page. Each asks for a reason, and happens only when the
 * background replies that it recorded the reveal; each is masked again after the policy's timeout
 * (or at once by the shortcut or panic), and its end is logged with its duration. The revealed
 * text never leaves the page: the background gets its type and keyed digest.
 */
export class RevealController {
  private readonly active = new Set<ActiveReveal>();
  private pageReveal: ActiveReveal | null = null;

  constructor(
    private readonly doc: Document,
    private readonly shield: PageShield,
    private readonly state: ShieldState,
    private readonly settings: () => ResolvedSettings,
  ) {
    doc.addEventListener('click', this.onClick, true);
  }

  togglePanic(): void {
    const on = !this.state.has('panic');
    if (on) this.end();
    this.state.set('panic', on);
    // Every frame obeys the shortcut; the top frame alone logs it, once per tab.
    if (this.doc.defaultView === this.doc.defaultView?.top) {
      void sendMessage({ kind: 'panic-changed', active: on }).catch(() => console.warn('[PHI Shield] could not record panic in the audit log'));
    }
  }

  async toggleRevealMode(): Promise<void> {
    if (this.pageReveal) return this.finish(this.pageReveal);
    if (this.state.has('panic') || this.state.has('off')) return;
    const started = await this.requestReveal('page', () => {
      this.shield.setRevealed(false);
      this.state.set('reveal', false);
      this.pageReveal = null;
    });
    if (!started) return;
    this.shield.setRevealed(true);
    this.state.set('reveal', true);
    this.pageReveal = started;
  }

  /** Masks everything revealed again (panic, a settings change). */
  end(): void {
    for (const reveal of [...this.active]) this.finish(reveal);
  }

  private readonly onClick = (event: MouseEvent): void => {
    if (!event.altKey || this.state.has('panic')) return;
    const caret = this.doc.caretPositionFromPoint(event.clientX, event.clientY, { shadowRoots: this.shield.knownShadowRoots() });
    const masked = caret && this.shield.mask.maskedAt(caret.offsetNode, caret.offset);
    if (!masked) return;
    // The page must not also act on this click (follow a link, select a row).
    event.preventDefault();
    event.stopImmediatePropagation();
    void this.revealValue(masked);
  };

  private async revealValue(masked: MaskedRange): Promise<void> {
    const { range } = masked;
    const started = await this.requestReveal('value', () => this.shield.mask.remask(range), masked);
    if (started) this.shield.mask.reveal(range);
  }

  /** Asks for the reason, logs the reveal, and arms its re-mask; null when refused or cancelled. */
  private async requestReveal(scope: 'value' | 'page', remask: () => void, masked?: MaskedRange): Promise<ActiveReveal | null> {
    const { settings, fromBackground, error } = this.settings();
    if (!fromBackground) {
      showNotice(this.doc, `reveal refused: the extension could not confirm this site's policy (${error ?? 'no answer'}), so a reveal could not be logged.`);
      return null;
    }
    // While presenting, a reveal policy refuses is still sent without asking: the background logs the attempt and says why.
    const { presenting } = settings;
    const answer: Partial<RevealAnswer> | null = presenting?.reveal === 'refuse' ? {} : await askRevealReason(this.doc, { scope, type: masked?.type, ticketRequired: settings.ticketRequired });
    if (!answer) return null;
    const confirmed = presenting?.reveal === 'confirm' && (await confirmRevealWhilePresenting(this.doc)) ? { confirmedWhilePresenting: true as const } : {};
    let seq: number;
    try {
      const digest = masked ? { phiType: masked.type, valueDigest: valueDigest(settings.digestKey, textOf(masked.range)) } : {};
      ({ seq } = await sendMessage<{ seq: number }>({ kind: 'reveal', scope, ...digest, ...answer, ...confirmed }));
    } catch (err) {
      showNotice(this.doc, `reveal refused: ${err instanceof Error ? err.message : 'the reveal could not be logged'}`);
      return null;
    }
    const reveal: ActiveReveal = { seq, startedAt: Date.now(), remask, timer: setTimeout(() => this.finish(reveal), settings.revealTimeoutMs) };
    this.active.add(reveal);
    return reveal;
  }

  private finish(reveal: ActiveReveal): void {
    clearTimeout(reveal.timer);
    this.active.delete(reveal);
    reveal.remask();
    void sendMessage({ kind: 'reveal-ended', revealSeq: reveal.seq, durationMs: Date.now() - reveal.startedAt }).catch(() =>
      console.warn('[PHI Shield] could not record the end of a reveal in the audit log'),
    );
  }
}

function textOf(range: StaticRange): string {
  return (range.startContainer as Text).data.slice(range.startOffset, range.endOffset);
}
