import { browser } from 'wxt/browser';
import { SHIELD_COMMANDS, type ContentMessage, type ShieldCommand } from './content-messages';

/**
 * Background side of the panic and reveal-mode shortcuts: sends the command to every frame of the
 * active tab, whose content scripts act on it. Needs no permission: tab ids come without "tabs".
 */
export async function forwardShortcutToActiveTab(command: string): Promise<void> {
  if (!(SHIELD_COMMANDS as readonly string[]).includes(command)) return;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id === undefined) return;
  const message: ContentMessage = { kind: 'shield-command', command: command as ShieldCommand };
  await browser.tabs.sendMessage(tab.id, message).catch(() => console.warn('[PHI Shield] this tab has no content script to receive the shortcut'));
}
