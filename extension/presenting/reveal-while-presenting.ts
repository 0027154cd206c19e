import type { EventDraft } from '../../shared/events';
import type { MessageOf, PageSettings } from '../messages';

/**
 * A reveal asked for while presenting, under the presentation policy: refused outright ("refuse"),
 * or unless the person confirmed it a second time ("confirm"). Returns the reveal_refused event to
 * record and what to tell the person, or null when the reveal may go ahead (marked whilePresenting).
 */
export function refusalWhilePresenting(
  settings: PageSettings,
  message: MessageOf<'reveal'>,
  site: { origin: string; route: string },
): { draft: EventDraft; explanation: string } | null {
  if (!settings.presenting) return null;
  if (settings.presenting.reveal === 'confirm' && message.confirmedWhilePresenting) return null;
  return {
    draft: { type: 'reveal_refused', site, scope: message.scope, ...(message.scope === 'value' && message.phiType ? { phiType: message.phiType } : {}), cause: 'presenting' },
    explanation:
      settings.presenting.reveal === 'refuse'
        ? 'reveals are off while you are presenting (your screen is being shared).'
        : 'you are presenting: a reveal needs your second confirmation.',
  };
}
