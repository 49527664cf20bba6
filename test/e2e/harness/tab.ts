/**
 * A driver's page as a TestTab. Playwright's and puppeteer's pages offer the same calls under the
 * same names for almost everything a tab does; what differs (choosing in a <select>, a
 * screenshot's options, how frames are walked for the marks, where a console message came from)
 * each driver passes in.
 */
import { collectMarks, type FrameAccess } from '../../../scripts/lib/collect-marks.ts';
import { callExpression, type PageFunction, type PageProblem, type TestTab } from './browser.ts';

/** The calls both drivers' pages (and frames) answer alike. */
interface DriverFrame {
  url(): string;
  evaluate(expression: string): Promise<unknown>;
}

export interface DriverPage {
  evaluate(expression: string): Promise<unknown>;
  frames(): DriverFrame[];
  mainFrame(): unknown;
  mouse: { move(x: number, y: number): Promise<unknown>; click(x: number, y: number): Promise<unknown> };
  keyboard: { press(key: string): Promise<unknown>; type(text: string): Promise<unknown> };
  click(selector: string): Promise<unknown>;
  hover(selector: string): Promise<unknown>;
  bringToFront(): Promise<unknown>;
  close(): Promise<unknown>;
}

/** What differs between the drivers. */
export interface DriverSpecifics<F> {
  frames: FrameAccess<F>;
  select(selector: string, value: string): Promise<unknown>;
  screenshot(file: string): Promise<unknown>;
}

/** The tab over `page`; `problems` is the list the driver's console and error listeners fill. */
export function wrapTab<F>(page: DriverPage, url: string, problems: PageProblem[], specifics: DriverSpecifics<F>): TestTab {
  const run = async <R>(target: { evaluate(expression: string): Promise<unknown> }, expression: string) =>
    (await target.evaluate(expression)) as R;
  return {
    url,
    problems,
    evaluate: <A, R>(fn: PageFunction<A, R>, arg: A) => run<R>(page, callExpression(fn, arg)),
    evaluateInFrame<A, R>(urlPart: string, fn: PageFunction<A, R>, arg: A): Promise<R> {
      const frame = page.frames().find((f) => f.url().includes(urlPart));
      if (!frame) throw new Error(`no frame with "${urlPart}" in its URL; frames: ${page.frames().map((f) => f.url()).join(', ')}`);
      return run<R>(frame, callExpression(fn, arg));
    },
    marks: () => collectMarks(specifics.frames, page.mainFrame() as F),
    click: async (selector) => void (await page.click(selector)),
    hover: async (selector) => void (await page.hover(selector)),
    select: async (selector, value) => void (await specifics.select(selector, value)),
    mouseMove: async (x, y) => void (await page.mouse.move(x, y)),
    clickAt: async (x, y) => void (await page.mouse.click(x, y)),
    press: async (key) => void (await page.keyboard.press(key)),
    type: async (text) => void (await page.keyboard.type(text)),
    screenshot: async (file) => void (await specifics.screenshot(file)),
    bringToFront: async () => void (await page.bringToFront()),
    close: async () => void (await page.close()),
  };
}
