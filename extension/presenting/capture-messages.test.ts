import { describe, expect, it } from 'vitest';
import { captureAliveMessage, parseCaptureAliveMessage } from './capture-messages';

const CAPTURE_ID = crypto.randomUUID();

describe('parseCaptureAliveMessage', () => {
  it.each([CAPTURE_ID, CAPTURE_ID.toUpperCase(), '00000000-0000-0000-0000-000000000000'])('accepts captureId %s', (captureId) => {
    expect(parseCaptureAliveMessage(captureAliveMessage(captureId))).toEqual({ kind: 'capture-alive', captureId });
  });

  it.each<[string, unknown]>([
    ['undefined', undefined],
    ['null', null],
    ['an array', [captureAliveMessage(CAPTURE_ID)]],
    ['another kind', { kind: 'settings-changed' }],
    ['another kind with a captureId', { kind: 'capture-started', captureId: CAPTURE_ID }],
    ['a missing captureId', { kind: 'capture-alive' }],
    ['a captureId that is not a string', { kind: 'capture-alive', captureId: 42 }],
    ['a captureId that is not a UUID', { kind: 'capture-alive', captureId: 'capture-1' }],
    ['a UUID with surrounding text', { kind: 'capture-alive', captureId: ` ${CAPTURE_ID}` }],
    ['a UUID with a trailing line', { kind: 'capture-alive', captureId: `${CAPTURE_ID}\nx` }],
    ['a UUID without dashes', { kind: 'capture-alive', captureId: CAPTURE_ID.replaceAll('-', '') }],
    ['an extra key', { kind: 'capture-alive', captureId: CAPTURE_ID, frameId: 0 }],
  ])('refuses %s', (_label, raw) => {
    expect(parseCaptureAliveMessage(raw)).toBeUndefined();
  });
});
