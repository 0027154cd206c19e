import { browser } from 'wxt/browser';
import type { Message, Reply } from './messages';

/** Sends a message to the background and unwraps its reply, throwing its error message. */
export async function sendMessage<T>(message: Message): Promise<T> {
  const reply = (await browser.runtime.sendMessage(message)) as Reply<T> | undefined;
  if (!reply) throw new Error('The extension did not answer.');
  if (!reply.ok) throw new Error(reply.error);
  return reply.value;
}
