import { hasExactlyKeys, isPlainObject } from '../message-shape';

/**
 * Main world -> isolated world: dispatched on the document by entrypoints/display-capture.content.ts.
 * A MouseEvent whose relatedTarget is a detached <video> holding the captured stream: DOM nodes
 * are shared between worlds, so the isolated world reads the real tracks from it and never has to
 * trust what the page's world says. Without a relatedTarget it only asks for a re-check (a track
 * was stopped).
 */
export const DISPLAY_CAPTURE_EVENT = 'phi-shield:display-capture';

/** Background -> content script: is this capture (reported by you) still running? Answered true or false. */
export interface CaptureAliveMessage {
  kind: 'capture-alive';
  captureId: string;
}

export function captureAliveMessage(captureId: string): CaptureAliveMessage {
  return { kind: 'capture-alive', captureId };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The message, or undefined for anything else (another kind, a captureId that is not a UUID, an extra
 * key). Hand-written (see message-shape.ts): this runs in the content script.
 */
export function parseCaptureAliveMessage(raw: unknown): CaptureAliveMessage | undefined {
  if (!isPlainObject(raw) || raw.kind !== 'capture-alive' || !hasExactlyKeys(raw, ['kind', 'captureId'])) {
    return undefined;
  }
  return typeof raw.captureId === 'string' && UUID.test(raw.captureId) ? captureAliveMessage(raw.captureId) : undefined;
}
