import { browser } from 'wxt/browser';
import type { Message } from '../messages';
import { DISPLAY_CAPTURE_EVENT, parseCaptureAliveMessage } from './capture-messages';

/** How often running capture tracks are looked at, besides their "ended" event and the stop() nudge. */
const POLL_MS = 1_000;

/**
 * Isolated-world side of capture detection in one frame: told by the main-world wrapper of each
 * capture's tracks, it keeps them itself, reports each to the background as started, and as
 * ended only once the browser says that very track has ended. The page can announce a fake
 * capture (that only masks more) but cannot make a real one look ended.
 */
export function watchDisplayCaptures(doc: Document): void {
  const running = new Map<MediaStreamTrack, string>();
  let poll: ReturnType<typeof setInterval> | undefined;

  const send = (message: Message) => browser.runtime.sendMessage(message).catch(() => console.warn('[PHI Shield] could not report a screen capture to the extension'));
  const end = (track: MediaStreamTrack, captureId: string) => {
    running.delete(track);
    void send({ kind: 'capture-ended', captureId });
  };
  const check = () => {
    for (const [track, captureId] of running) if (track.readyState === 'ended') end(track, captureId);
    if (running.size > 0 || poll === undefined) return;
    clearInterval(poll);
    poll = undefined;
  };

  doc.addEventListener(
    DISPLAY_CAPTURE_EVENT,
    (event) => {
      const carrier = (event as MouseEvent).relatedTarget;
      const stream = carrier instanceof HTMLMediaElement ? carrier.srcObject : null;
      if (!(stream instanceof MediaStream)) return check();
      for (const track of stream.getTracks()) {
        if (running.has(track) || track.readyState !== 'live') continue;
        const captureId = crypto.randomUUID();
        running.set(track, captureId);
        track.addEventListener('ended', check);
        void send({ kind: 'capture-started', captureId });
      }
      poll ??= setInterval(check, POLL_MS);
    },
    true,
  );

  // Leaving the page ends its captures.
  doc.defaultView?.addEventListener('pagehide', () => {
    for (const [track, captureId] of running) end(track, captureId);
  });

  browser.runtime.onMessage.addListener((raw, _sender, sendResponse) => {
    const message = parseCaptureAliveMessage(raw);
    if (!message) return;
    sendResponse([...running.values()].includes(message.captureId));
  });
}
