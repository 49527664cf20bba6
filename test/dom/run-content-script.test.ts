// @vitest-environment jsdom
/**
 * The content script's wiring (src/page/startup/run-content-script.ts): the settings switch the
 * annotator on and off live, reports go to the background a moment after the highlights change,
 * the card opens on the page's highlights, and the messages from the popup and the keyboard
 * command are answered by our own senders only, some in the top frame only. The background is
 * WXT's fake browser; card.js and the messages this script sends are fakes.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { CardView } from '../../src/page/card/card-view-contract';
import type { FrameReport } from '../../src/messaging/protocol';
import { REPORT_DELAY_MS } from '../../src/page/reports/report-scheduler';
import { DEFAULT_SETTINGS, SETTINGS_VERSION, type Settings } from '../../src/settings/settings-schema';
import { settleOnFakeClock, useFakeTimers } from './helpers/fake-clock';
import { fireTrusted } from './helpers/trusted-events';

const fakes = vi.hoisted(() => ({ sendMessage: vi.fn(), loadCardView: vi.fn() }));
vi.mock('../../src/page/card/card-loader', () => ({ loadCardView: fakes.loadCardView }));
// The messages this script sends are recorded; the handlers it registers are the real ones.
vi.mock('../../src/messaging/protocol', async (original) => ({
  ...(await original<typeof import('../../src/messaging/protocol')>()),
  sendMessage: fakes.sendMessage,
}));
// wxt/browser picks the global `browser` when first loaded, @webext-core/messaging the global `chrome`.
Object.assign(globalThis, { browser: fakeBrowser, chrome: fakeBrowser });
const { runContentScript } = await import('../../src/page/startup/run-content-script');

const ALL = ['apt40', 'exchange-hack', 'apt31'];
const OWN = () => ({ id: fakeBrowser.runtime.id });
/** The entities highlighted, in page order (which names the matcher takes is tested elsewhere). */
const marks = () => [...document.querySelectorAll<HTMLElement>('mark[data-attribution-lens]')].map((m) => m.dataset.attributionLens);
const store = (settings: Settings) => fakeBrowser.storage.local.set({ settings, settings$: { v: SETTINGS_VERSION } });
const withSettings = (change: Partial<Settings>): Settings => ({ ...structuredClone(DEFAULT_SETTINGS), ...change });
const reports = () => fakes.sendMessage.mock.calls.filter(([type]) => type === 'reportMentions').map(([, data]) => data as FrameReport);

/** Delivers a message to this frame as the browser would, from `sender`; resolves to the handler's answer. */
async function deliver(type: string, data: unknown, sender: { id?: string } = OWN()): Promise<unknown> {
  type Response = { res?: unknown; err?: unknown };
  let respond: (response: Response) => void = () => undefined;
  const response = new Promise<Response>((resolve) => (respond = resolve));
  const handled: unknown[] = await fakeBrowser.runtime.onMessage.trigger({ id: 1, type, data, timestamp: Date.now() }, sender, respond);
  if (!handled.some((r) => r === true)) throw new Error(`no handler answered ${type}`);
  const { res, err } = await response;
  if (err) throw new Error(`${type} failed: ${JSON.stringify(err)}`);
  return res;
}

let stop: AbortController;
let card: { visible: boolean };

/** Starts the content script as WXT would in this frame, and lets it run to rest. */
async function started(known?: Settings) {
  const ctx = {
    signal: stop.signal,
    get isInvalid() {
      return stop.signal.aborted;
    },
    // The liveness check: not run here (the fake clock would run it for ever).
    setInterval: vi.fn(),
  } as unknown as ContentScriptContext;
  const running = runContentScript(ctx, known);
  // Nothing goes to the background at once: reports wait for the highlights to settle.
  expect(reports()).toEqual([]);
  await settle();
  await running;
  return ctx;
}
const settle = () => settleOnFakeClock(async () => undefined);

beforeEach(async () => {
  fakeBrowser.reset();
  useFakeTimers({ date: true });
  stop = new AbortController();
  fakeBrowser.i18n.getUILanguage = () => 'en';
  card = { visible: false };
  const host = document.createElement('div');
  fakes.loadCardView.mockImplementation(async () => async (): Promise<CardView> => ({
    host,
    show: () => void (card.visible = true),
    focus: () => undefined,
    hide: () => void (card.visible = false),
  }));
  fakes.sendMessage.mockImplementation(async (type: string, data: { entity: string; matched: string }) =>
    type === 'getCardContent' ? { entityId: data.entity, kind: 'group', name: data.matched, matched: null, otherNames: [], description: '', role: '', quotes: [] } : undefined,
  );
  Element.prototype.scrollIntoView = vi.fn();
  document.body.innerHTML = '<p>Officials blamed APT40 for the Exchange hack.</p><p>They also named APT31.</p>'; // test fixture only
  await store(DEFAULT_SETTINGS);
});
afterEach(() => {
  stop.abort();
  vi.useRealTimers();
  vi.unstubAllGlobals();
  vi.clearAllMocks();
  document.body.replaceChildren();
});

describe('the content script', () => {
  it('highlights the page, and stops and starts again as the site is switched off and on', async () => {
    const page = document.body.innerHTML;
    await started();
    expect(marks()).toEqual(ALL);
    await store(withSettings({ disabledSites: [location.hostname] }));
    await settle();
    expect(marks()).toEqual([]);
    expect(document.body.innerHTML).toBe(page);
    await store(withSettings({}));
    await settle();
    expect(marks()).toEqual(ALL);
  });

  it('highlights nothing on a site switched off, and starts when it is switched on', async () => {
    await store(withSettings({ disabledSites: [location.hostname] }));
    await started();
    expect(marks()).toEqual([]);
    await store(withSettings({}));
    await settle();
    expect(marks()).toEqual(ALL);
  });

  it('highlights only the entities switched on, and follows when they change', async () => {
    await started(withSettings({ entities: { ...DEFAULT_SETTINGS.entities, apt40: false } }));
    expect(marks()).toEqual(['exchange-hack', 'apt31']);
    await store(withSettings({ entities: { ...DEFAULT_SETTINGS.entities, 'exchange-hack': false } }));
    await settle();
    expect(marks()).toEqual(['apt40', 'apt31']);
  });

  it('reports what it highlighted a moment after the highlights change, and again when the site is switched off', async () => {
    await started();
    const first = reports();
    expect(first.length).toBeGreaterThan(0);
    expect(first.at(-1)?.mentions.map((m) => m.entity)).toEqual(ALL);
    expect(first.at(-1)?.url).toBe(location.href);

    fakes.sendMessage.mockClear();
    await store(withSettings({ disabledSites: [location.hostname] }));
    // A moment, not at once: a burst of changes makes one report.
    await vi.advanceTimersByTimeAsync(REPORT_DELAY_MS - 1);
    expect(reports()).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(reports()).toHaveLength(1);
    expect(reports()[0]?.mentions).toEqual([]);
  });

  it('sends no report once its context is gone', async () => {
    await started();
    fakes.sendMessage.mockClear();
    await store(withSettings({ disabledSites: [location.hostname] }));
    stop.abort();
    await settle();
    expect(reports()).toEqual([]);
  });

  it('opens the card on its highlights once it has made them', async () => {
    await started();
    const mark = document.querySelector<HTMLElement>('mark[data-attribution-lens="apt31"]')!;
    fireTrusted(mark, 'pointerover', 'pointer');
    await settle();
    expect(card.visible).toBe(true);
    expect(fakes.sendMessage).toHaveBeenCalledWith('getCardContent', { entity: 'apt31', matched: 'APT31', lang: 'en' });
  });

  it('passes the cardTrigger setting to the card, and follows it as it changes', async () => {
    await store(withSettings({ cardTrigger: 'off' }));
    await started();
    const mark = document.querySelector<HTMLElement>('mark[data-attribution-lens="apt31"]')!;
    fireTrusted(mark, 'pointerover', 'pointer');
    await settle();
    expect(card.visible).toBe(false);
    await store(withSettings({ cardTrigger: 'hover' }));
    await settle();
    fireTrusted(mark, 'pointerout', 'pointer');
    fireTrusted(mark, 'pointerover', 'pointer');
    await settle();
    expect(card.visible).toBe(true);
  });

  it('answers the popup and the keyboard command in the top frame', async () => {
    await started();
    const blocks = (await deliver('getPageBlocks', undefined)) as string[];
    expect(blocks).toEqual(['Officials blamed APT40 for the Exchange hack.', 'They also named APT31.']);
    expect(await deliver('revealText', { block: 1, start: 10, end: 15 })).toBe(true);
    expect(await deliver('focusMention', { direction: 'next' })).toBe(true);
    await settle();
    expect(document.activeElement?.textContent).toBe('APT40');
    expect(card.visible).toBe(true);
    // Back from the first wraps round to the last; forward again returns to the first.
    expect(await deliver('focusMention', { direction: 'previous' })).toBe(true);
    await settle();
    expect(document.activeElement?.textContent).toBe('APT31');
    expect(await deliver('focusMention', { direction: 'next' })).toBe(true);
    await settle();
    expect(document.activeElement?.textContent).toBe('APT40');
    expect(await deliver('focusMention', { direction: 'sideways' })).toBe(false);
    expect(await deliver('focusMention', undefined)).toBe(false);
    const id = reports().at(-1)?.mentions[2]?.id;
    expect(await deliver('revealMention', { id })).toBe(true);
    expect(await deliver('revealMention', { id: 'no-such-mention' })).toBe(false);
  });

  it('refuses every message from a sender that is not this extension', async () => {
    await started();
    const stranger = { id: 'another-extension' };
    expect(await deliver('getPageBlocks', undefined, stranger)).toEqual([]);
    expect(await deliver('revealText', { block: 0, start: 0, end: 5 }, stranger)).toBe(false);
    expect(await deliver('focusMention', { direction: 'next' }, stranger)).toBe(false);
    expect(await deliver('revealMention', { id: reports().at(-1)?.mentions[0]?.id }, stranger)).toBe(false);
    expect(card.visible).toBe(false);
  });

  it('in a sub-frame, gives no page text and no keyboard visit, but reveals its own mentions', async () => {
    vi.stubGlobal('top', {});
    expect(window === window.top).toBe(false);
    await started();
    expect(marks()).toEqual(ALL);
    expect(await deliver('getPageBlocks', undefined)).toEqual([]);
    expect(await deliver('revealText', { block: 0, start: 0, end: 5 })).toBe(false);
    expect(await deliver('focusMention', { direction: 'next' })).toBe(false);
    expect(await deliver('focusMention', { direction: 'previous' })).toBe(false);
    expect(await deliver('revealMention', { id: reports().at(-1)?.mentions[0]?.id })).toBe(true);
  });

  it('takes its highlights and its handlers away when its context is gone', async () => {
    const page = document.body.innerHTML;
    await started();
    stop.abort();
    expect(document.body.innerHTML).toBe(page);
    await expect(deliver('getPageBlocks', undefined)).rejects.toThrow(/no handler/);
  });
});
