import '../src/page/highlight.css';
import { runContentScript } from '../src/page/content-main';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  allFrames: true,
  runAt: 'document_idle',
  // WXT would also announce each start to the page with window.postMessage, naming the
  // extension's id: the page could then tell it is installed, and forge WXT's stop event.
  noScriptStartedPostMessage: true,
  main(ctx) {
    void runContentScript(ctx);
  },
});
