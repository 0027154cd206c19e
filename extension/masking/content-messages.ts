import { z } from 'zod';

/** Keyboard shortcuts declared in the manifest (`commands`), forwarded by the background to the tab. */
export const SHIELD_COMMANDS = ['panic-mask', 'toggle-reveal-mode'] as const;
export type ShieldCommand = (typeof SHIELD_COMMANDS)[number];

/**
 * Messages from the background or the popup to content scripts, validated on arrival: a content script
 * obeys nothing it cannot parse.
 */
export const contentMessageSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('shield-command'), command: z.enum(SHIELD_COMMANDS) }),
  // The page's settings changed (a site switched off or on, a new rule): ask for them again.
  z.strictObject({ kind: z.literal('settings-changed') }),
  // The popup's "Mask an element…": pick an element whose selector becomes a rule for this site.
  z.strictObject({ kind: z.literal('start-picker') }),
]);

export type ContentMessage = z.infer<typeof contentMessageSchema>;
