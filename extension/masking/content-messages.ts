import { hasExactlyKeys, isPlainObject } from '../message-shape';

/** Keyboard shortcuts declared in the manifest (`commands`), forwarded by the background to the tab. */
export const SHIELD_COMMANDS = ['panic-mask', 'toggle-reveal-mode'] as const;
export type ShieldCommand = (typeof SHIELD_COMMANDS)[number];

/** Messages from the background or the popup to content scripts. */
export type ContentMessage =
  | { kind: 'shield-command'; command: ShieldCommand }
  // The page's settings changed (a site switched off or on, a new rule): ask for them again.
  | { kind: 'settings-changed' }
  // The popup's "Mask an element…": pick an element whose selector becomes a rule for this site.
  | { kind: 'start-picker' };

/**
 * A content script obeys nothing it cannot parse: the message, or undefined for an unknown kind, a
 * missing or wrong field, or any extra key. Hand-written (see message-shape.ts): this runs in the content
 * script.
 */
export function parseContentMessage(raw: unknown): ContentMessage | undefined {
  if (!isPlainObject(raw)) return undefined;
  switch (raw.kind) {
    case 'shield-command':
      return hasExactlyKeys(raw, ['kind', 'command']) && SHIELD_COMMANDS.includes(raw.command as ShieldCommand)
        ? { kind: 'shield-command', command: raw.command as ShieldCommand }
        : undefined;
    case 'settings-changed':
    case 'start-picker':
      return hasExactlyKeys(raw, ['kind']) ? { kind: raw.kind } : undefined;
    default:
      return undefined;
  }
}
