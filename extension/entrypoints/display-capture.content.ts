import { defineContentScript } from 'wxt/utils/define-content-script';
import { DISPLAY_CAPTURE_EVENT } from '../presenting/capture-messages';

/**
 * Runs in the page's own world before its scripts, to announce every screen, window or tab
 * capture the page starts (getDisplayMedia: browser-based Meet, Teams, Zoom, Webex...) to the
 * isolated content script, which watches the returned tracks itself (presenting/capture-watch.ts).
 * The page gets the same stream, errors and timing as without the extension.
 *
 * The browser's own functions are kept from before the page runs, so a page that later replaces
 * createElement or dispatchEvent does not silence the announcement. Threat model: docs/presenting.md.
 */
export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_start',
  world: 'MAIN',
  allFrames: true,
  matchAboutBlank: true,
  matchOriginAsFallback: true,
  main() {
    const devices = globalThis.MediaDevices?.prototype;
    const getDisplayMedia = devices?.getDisplayMedia;
    if (!getDisplayMedia) return; // no screen capture in this browser or context
    const createElement = Document.prototype.createElement;
    const setSrcObject = Object.getOwnPropertyDescriptor(HTMLMediaElement.prototype, 'srcObject')!.set!;
    const dispatchEvent = EventTarget.prototype.dispatchEvent;
    const NativeMediaStream = MediaStream;
    const NativeMouseEvent = MouseEvent;
    const announced = new WeakSet<MediaStreamTrack>();

    const announce = (tracks: MediaStreamTrack[]) => {
      const carrier = createElement.call(document, 'video') as HTMLVideoElement;
      setSrcObject.call(carrier, new NativeMediaStream(tracks));
      for (const track of tracks) announced.add(track);
      dispatchEvent.call(document, new NativeMouseEvent(DISPLAY_CAPTURE_EVENT, { relatedTarget: carrier }));
    };
    const recheck = () => dispatchEvent.call(document, new NativeMouseEvent(DISPLAY_CAPTURE_EVENT));

    // Method shorthand: named like the original, no prototype, same length, as a native method.
    const wrapped = {
      getDisplayMedia(this: MediaDevices, ...args: Parameters<MediaDevices['getDisplayMedia']>) {
        return getDisplayMedia.apply(this, args).then((stream) => {
          announce(stream.getTracks());
          return stream;
        });
      },
    };
    Object.defineProperty(devices, 'getDisplayMedia', { ...Object.getOwnPropertyDescriptor(devices, 'getDisplayMedia'), value: wrapped.getDisplayMedia });

    // track.stop() fires no "ended" event: ask the isolated world to look again at once.
    const trackProto = MediaStreamTrack.prototype;
    const { stop, clone } = trackProto;
    const trackMethods = {
      stop(this: MediaStreamTrack) {
        stop.call(this);
        if (announced.has(this)) recheck();
      },
      // A clone of a captured track keeps the capture running after the original stops.
      clone(this: MediaStreamTrack) {
        const copy = clone.call(this);
        if (announced.has(this)) announce([copy]);
        return copy;
      },
    };
    Object.defineProperty(trackProto, 'stop', { ...Object.getOwnPropertyDescriptor(trackProto, 'stop'), value: trackMethods.stop });
    Object.defineProperty(trackProto, 'clone', { ...Object.getOwnPropertyDescriptor(trackProto, 'clone'), value: trackMethods.clone });
    const streamProto = MediaStream.prototype;
    const cloneStream = streamProto.clone;
    const getTracks = streamProto.getTracks;
    const streamMethods = {
      clone(this: MediaStream) {
        const copy = cloneStream.call(this);
        const originals = getTracks.call(this);
        const copies = getTracks.call(copy).filter((_, i) => announced.has(originals[i]!));
        if (copies.length > 0) announce(copies);
        return copy;
      },
    };
    Object.defineProperty(streamProto, 'clone', { ...Object.getOwnPropertyDescriptor(streamProto, 'clone'), value: streamMethods.clone });
  },
});
