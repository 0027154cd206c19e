import { z } from 'zod';

/**
 * Main world -> isolated world: dispatched on the document by entrypoints/display-capture.content.ts.
 * A MouseEvent whose relatedTarget is a detached <video> holding the captured stream: DOM nodes
 * are shared between worlds, so the isolated world reads the real tracks from it and never has to
 * trust what the page's world says. Without a relatedTarget it only asks for a re-check (a track
 * was stopped).
 */
export const DISPLAY_CAPTURE_EVENT = 'phi-shield:display-capture';

/** Background -> content script: is this capture (reported by you) still running? Answered true or false. */
export const captureAliveMessageSchema = z.strictObject({ kind: z.literal('capture-alive'), captureId: z.uuid() });

export function captureAliveMessage(captureId: string): z.infer<typeof captureAliveMessageSchema> {
  return { kind: 'capture-alive', captureId };
}
