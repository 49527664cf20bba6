import '../src/page/highlight.css';
import { runContentScript } from '../src/page/content-main';
import { ignoreForgedStopEvents } from '../src/page/guard-stop-event';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  allFrames: true,
  runAt: 'document_idle',
  // WXT would also announce each start to the page with window.postMessage, naming the
  // extension's id: the page could then tell it is installed, and forge WXT's stop event.
  noScriptStartedPostMessage: true,
  main(ctx) {
    ignoreForgedStopEvents(ctx);
    void runContentScript(ctx);
  },
});
