import '../src/page/highlight.css';
import { startAnnotator } from '../src/page/annotator';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  allFrames: true,
  runAt: 'document_idle',
  main(ctx) {
    const controller = new AbortController();
    // WXT aborts ctx.signal when the extension is updated or disabled: stop everything then.
    ctx.signal.addEventListener('abort', () => controller.abort(), { once: true });
    startAnnotator(document, controller.signal);
  },
});
