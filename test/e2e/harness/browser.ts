/**
 * The one browser interface every end-to-end suite drives, whatever drives the browser
 * (playwright-core for Chromium, puppeteer-core over WebDriver BiDi for Firefox): tabs it can
 * script, point at, click, type into and photograph, with every console message and uncaught
 * error of each tab; the extension's own pages; and a privileged extension context to call the
 * WebExtension APIs from. One implementation per browser: ./chromium.ts and ./firefox.ts.
 */
import type { CollectedMark, PageVisit } from '../../../scripts/lib/collect-marks.ts';
import type { ProxyRecorder } from '../../../scripts/lib/offline.ts';

/** A console message or an uncaught error seen in a tab (any frame, any world). */
export interface PageProblem {
  kind: 'console' | 'pageerror';
  /** The console level ("error", "warning"/"warn", …), or "error" for an uncaught error. */
  level: string;
  text: string;
  /** The script or page the message came from, when the driver tells. */
  source: string;
}

/** A function sent into a page as source text: it must not refer to anything outside itself. */
export type PageFunction<A, R> = (arg: A) => R | Promise<R>;

/** One open tab (a web page, or one of the extension's own pages). */
export interface TestTab {
  /** The URL the tab was opened with. */
  readonly url: string;
  /** Everything logged or thrown in this tab since it was opened. */
  readonly problems: PageProblem[];
  /** Runs `fn(arg)` in the main world of the top frame and returns its (awaited) result. */
  evaluate<A, R>(fn: PageFunction<A, R>, arg: A): Promise<R>;
  /** The same in the first frame whose URL contains `urlPart` (a cross-origin frame too). */
  evaluateInFrame<A, R>(urlPart: string, fn: PageFunction<A, R>, arg: A): Promise<R>;
  /** Every contract mark of the page, frames and open shadow roots included, in document order. */
  marks(): Promise<CollectedMark[]>;
  /** A real click (the driver's pointer events) on the first element matching `selector`, scrolled into view. */
  click(selector: string): Promise<void>;
  /** Moves the pointer onto the first element matching `selector`. */
  hover(selector: string): Promise<void>;
  /** Chooses `value` in the <select> matching `selector`, as a user would. */
  select(selector: string, value: string): Promise<void>;
  /** Moves the pointer to viewport coordinates (CSS pixels), as a real mouse does. */
  mouseMove(x: number, y: number): Promise<void>;
  /** Clicks (press and release the main button) at viewport coordinates. */
  clickAt(x: number, y: number): Promise<void>;
  /** Presses one key ("Escape", "Tab", "End") in whatever has focus. */
  press(key: string): Promise<void>;
  /** Types text key by key into whatever has focus. */
  type(text: string): Promise<void>;
  screenshot(file: string): Promise<void>;
  bringToFront(): Promise<void>;
  close(): Promise<void>;
}

export interface OpenOptions {
  /** Source of a script run in the main world of every document of the tab before its own scripts. */
  initScript?: string;
  /**
   * A window of its own rather than a tab: Firefox neither scrolls nor runs the animation frames
   * of a tab hidden behind another, which a page must keep while an extension page is used.
   */
  window?: boolean;
}

export interface ExtensionPageOptions {
  /** A selector the page draws once it has read the settings: the page is returned after it is there. */
  drawn: string;
  /** The tab's viewport (a real popup is 400×600). */
  viewport?: { width: number; height: number };
}

/** A launched browser, with or without the built extension. */
export interface TestBrowser<Tab extends TestTab = TestTab> {
  readonly name: string;
  /** The extension's origin (chrome-extension://ID, moz-extension://UUID; no slash), null without it. */
  readonly origin: string | null;
  /** Opens `url` in a new tab, waits for its load event and brings the tab to the front. */
  open(url: string, options?: OpenOptions): Promise<Tab>;
  /** Opens one of the extension's pages ("popup.html?tabId=3"), in a window of its own, once drawn. */
  openExtensionPage(pathAndQuery: string, options: ExtensionPageOptions): Promise<Tab>;
  /**
   * Opens a page of the browser itself (chrome://version, about:robots) that no extension may
   * read; such pages do not always report a load event, so it is not awaited.
   */
  openBrowserPage(): Promise<Tab>;
  /**
   * Runs `fn(arg)` in a privileged context of the extension (Chromium: the background service
   * worker; Firefox: an extension page kept open), where `browser`/`chrome` are the WebExtension APIs.
   */
  extensionEvaluate<A, R>(fn: PageFunction<A, R>, arg: A): Promise<R>;
  /** Loads `url` in a new tab, waits for the marks to settle, collects them and the text, closes it. */
  visit(url: string): Promise<PageVisit>;
  close(): Promise<void>;
}

export interface LaunchOptions {
  /** False for a plain browser, the baseline for "the extension changed nothing". Default true. */
  extension?: boolean;
  /** Every tab's viewport unless it sets its own; default 1280×720 in both browsers. */
  viewport?: { width: number; height: number };
  /** Told every request that tries to leave 127.0.0.1 (each is refused either way; see scripts/lib/offline.ts). */
  record?: ProxyRecorder;
}

/** One browser the suites run in. */
export interface BrowserKind<B extends TestBrowser = TestBrowser> {
  readonly name: 'Chromium' | 'Firefox';
  launch(options?: LaunchOptions): Promise<B>;
}

export const DEFAULT_VIEWPORT = { width: 1280, height: 720 };

/**
 * The expression that runs `fn(arg)`. Sending source text (not the function) keeps the
 * drivers' different argument conventions out of the suites, and a local `__name` covers the
 * helper that esbuild (tsx, vitest) may wrap named inner functions in.
 */
export function callExpression<A>(fn: PageFunction<A, unknown>, arg: A): string {
  const json = arg === undefined ? 'undefined' : JSON.stringify(arg);
  return `(() => { const __name = (f) => f; return (${fn.toString()})(${json}); })()`;
}
