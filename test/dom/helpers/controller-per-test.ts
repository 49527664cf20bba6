import { afterEach, vi } from 'vitest';

/**
 * The controller whose signal what a test starts in the page (an annotator, a scout) runs under:
 * aborted after each test, with the page emptied and the real clock back, so nothing one test
 * started runs on into the next. Call at a file's or describe block's top level; each test reads
 * its own controller through the function returned.
 */
export function controllerPerTest(): () => AbortController {
  let controller = new AbortController();
  afterEach(() => {
    vi.useRealTimers();
    controller.abort();
    controller = new AbortController();
    document.body.replaceChildren();
  });
  return () => controller;
}
