import '../src/page/highlighting/highlight.css';
import { runContentScript } from '../src/page/startup/run-content-script';
import { scoutThisFrame } from '../src/page/startup/scout-subframe';
import { ignoreForgedStopEvents } from '../src/page/startup/guard-stop-event';

// One content script for every frame. The top frame starts the annotator at once; a sub-frame
// (an advertisement, an embed) first scouts its text and starts the annotator only once the
// text holds a candidate (src/page/startup/frame-scout.ts).
export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  allFrames: true,
  runAt: 'document_idle',
  // WXT would also announce each start to the page with window.postMessage, naming the
  // extension's id: the page could then tell it is installed, and forge WXT's stop event.
  noScriptStartedPostMessage: true,
  main(ctx) {
    ignoreForgedStopEvents(ctx);
    if (window === window.top) void runContentScript(ctx);
    else void scoutThisFrame(ctx, (settings) => runContentScript(ctx, settings));
  },
});
