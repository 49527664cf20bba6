import '../src/page/highlight.css';
import { runContentScript } from '../src/page/content-main';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  allFrames: true,
  runAt: 'document_idle',
  main(ctx) {
    void runContentScript(ctx);
  },
});
