/**
 * Forged and malformed messages: the shape guards reject them, and the background's
 * handlers, wired to WXT's fake browser exactly as in the service worker, answer a
 * foreign sender or a bad payload with nothing (no record, no badge, no dataset text).
 */
import fc from 'fast-check';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ENTITY_IDS } from '../../src/data/entity-ids';
import { isCardRequest, isFrameReport, isOwnSender, isRevealRequest, isTabReport, isTabRequest } from '../../src/messaging/guards';
import type { FrameReport } from '../../src/messaging/protocol';

const OWN_ID = fakeBrowser.runtime.id;

const validReport = (): FrameReport => ({
  url: 'http://127.0.0.1/page.html',
  title: 'A page',
  mentions: [{ id: 'm1', entity: 'apt40', text: 'APT40', snippet: 'Group APT40 did it', sentence: 'Group APT40 did it' }],
  skipped: 0,
  aboutStory: true,
});

/** Every way one field of a report can be wrong. */
const brokenReports: [string, unknown][] = [
  ['null', null],
  ['a string', 'report'],
  ['a number', 42],
  ['an array', [validReport()]],
  ['an empty object', {}],
  ['url missing', { ...validReport(), url: undefined }],
  ['url a number', { ...validReport(), url: 1 }],
  ['url longer than 8192', { ...validReport(), url: `http://a.test/${'x'.repeat(9000)}` }],
  ['mentions an object', { ...validReport(), mentions: { 0: validReport().mentions[0], length: 1 } }],
  ['mentions holding null', { ...validReport(), mentions: [null] }],
  ['more than 10 000 mentions', { ...validReport(), mentions: Array.from({ length: 10_001 }, () => validReport().mentions[0]) }],
  ['a mention of an unknown entity', { ...validReport(), mentions: [{ ...validReport().mentions[0], entity: 'apt41' }] }],
  ['a mention whose entity is __proto__', { ...validReport(), mentions: [{ ...validReport().mentions[0], entity: '__proto__' }] }],
  ['a mention id longer than 64', { ...validReport(), mentions: [{ ...validReport().mentions[0], id: 'm'.repeat(65) }] }],
  ['a mention text longer than 500', { ...validReport(), mentions: [{ ...validReport().mentions[0], text: 'A'.repeat(501) }] }],
  ['a mention snippet longer than 1000', { ...validReport(), mentions: [{ ...validReport().mentions[0], snippet: 's'.repeat(1001) }] }],
  ['a mention without a sentence', { ...validReport(), mentions: [{ ...validReport().mentions[0], sentence: undefined }] }],
  ['a mention sentence longer than 1000', { ...validReport(), mentions: [{ ...validReport().mentions[0], sentence: 's'.repeat(1001) }] }],
  ['title missing', { ...validReport(), title: undefined }],
  ['title a number', { ...validReport(), title: 7 }],
  ['title longer than 1000', { ...validReport(), title: 't'.repeat(1001) }],
  ['a mention text that is an object', { ...validReport(), mentions: [{ ...validReport().mentions[0], text: { toString: () => 'APT40' } }] }],
  ['skipped a string', { ...validReport(), skipped: '3' }],
  ['skipped NaN', { ...validReport(), skipped: Number.NaN }],
  ['skipped Infinity', { ...validReport(), skipped: Number.POSITIVE_INFINITY }],
  ['aboutStory a string', { ...validReport(), aboutStory: 'true' }],
  ['aboutStory missing', { ...validReport(), aboutStory: undefined }],
];

describe('message shape guards', () => {
  it('accept a well-formed frame report, with or without mentions', () => {
    expect(isFrameReport(validReport())).toBe(true);
    expect(isFrameReport({ ...validReport(), mentions: [] })).toBe(true);
  });

  it.each(brokenReports)('reject a frame report with %s', (_what, report) => {
    expect(isFrameReport(report)).toBe(false);
  });

  it('reject a frame report whose mention list has holes (a forged sparse array)', () => {
    // `every` skips holes: a list of empty slots would pass as "all valid" and reach the popup as undefined.
    // eslint-disable-next-line no-sparse-arrays
    const holes = [, , ,] as unknown[];
    expect(isFrameReport({ ...validReport(), mentions: holes })).toBe(false);
    expect(isFrameReport({ ...validReport(), mentions: new Array(5) })).toBe(false);
  });

  it('reject a negative or fractional skipped count (the popup sums frames: -3 would hide another frame’s count)', () => {
    expect(isFrameReport({ ...validReport(), skipped: -3 })).toBe(false);
    expect(isFrameReport({ ...validReport(), skipped: 1.5 })).toBe(false);
  });

  it('reject anything random as a frame report, a tab, a reveal or a card request', () => {
    fc.assert(
      fc.property(fc.anything({ withNullPrototype: true, withObjectString: true, withSparseArray: true }), (v) => {
        expect(isFrameReport(v)).toBe(false);
        expect(isCardRequest(v)).toBe(false);
      }),
      { numRuns: 300 },
    );
    fc.assert(
      fc.property(fc.record({ tabId: fc.oneof(fc.double({ noInteger: true }), fc.string(), fc.constant(null), fc.object()) }), (v) => {
        expect(isTabRequest(v)).toBe(false);
      }),
      { numRuns: 200 },
    );
    fc.assert(
      fc.property(fc.record({ id: fc.oneof(fc.integer(), fc.string({ minLength: 65 }), fc.constant(null), fc.array(fc.string())) }), (v) => {
        expect(isRevealRequest(v)).toBe(false);
      }),
      { numRuns: 200 },
    );
  });

  it('accept every well-formed report and request fast-check can build', () => {
    const mention = fc.record({
      id: fc.string({ maxLength: 64 }),
      entity: fc.constantFrom(...ENTITY_IDS),
      text: fc.string({ maxLength: 500 }),
      snippet: fc.string({ maxLength: 1000 }),
      sentence: fc.string({ maxLength: 1000 }),
    });
    fc.assert(
      fc.property(
        fc.record({ url: fc.webUrl(), title: fc.string({ maxLength: 1000 }), mentions: fc.array(mention, { maxLength: 20 }), skipped: fc.nat(), aboutStory: fc.boolean() }),
        (r) => isFrameReport(r),
      ),
      { numRuns: 200 },
    );
    expect(isTabRequest({ tabId: 3 })).toBe(true);
    expect(isRevealRequest({ id: 'm12' })).toBe(true);
    expect(isCardRequest({ entity: 'mss', matched: 'MSS', lang: 'ar' })).toBe(true);
  });

  it('take a tab report the background sends only whole: a tab, counted frames of valid reports', () => {
    const frame = { url: 'http://a.test/', title: 'A', mentions: [{ id: 'm1', entity: 'mss', text: 'MSS', snippet: 'the MSS', sentence: 'the MSS' }], skipped: 0, aboutStory: true };
    expect(isTabReport({ tabId: 4, total: 1, frames: [{ ...frame, frameId: 0 }] })).toBe(true);
    expect(isTabReport({ tabId: 4, total: 0, frames: [] })).toBe(true);
    for (const bad of [
      null,
      { tabId: 4, frames: [] },
      { tabId: '4', total: 0, frames: [] },
      { tabId: 4, total: 1, frames: [frame] },
      { tabId: 4, total: 1, frames: [{ ...frame, frameId: 0, mentions: [{ id: 'm1', entity: 'apt41', text: 'x', snippet: '', sentence: '' }] }] },
      { tabId: 4, total: 0, frames: 'none' },
    ]) {
      expect(isTabReport(bad), JSON.stringify(bad)).toBe(false);
    }
  });

  it('reject card requests for unknown entities, other languages or oversized names', () => {
    for (const bad of [
      { entity: 'apt41', matched: 'APT41', lang: 'en' },
      { entity: 'toString', matched: 'x', lang: 'en' },
      { entity: 'constructor', matched: 'x', lang: 'en' },
      { entity: 'mss', matched: 'MSS', lang: 'fr' },
      { entity: 'mss', matched: 'M'.repeat(501), lang: 'en' },
      { entity: 'mss', matched: 42, lang: 'en' },
      { entity: ['mss'], matched: 'MSS', lang: 'en' },
    ]) {
      expect(isCardRequest(bad), JSON.stringify(bad).slice(0, 80)).toBe(false);
    }
  });

  it('reject reveal requests without a short string id, and tab requests without an integer tab', () => {
    for (const bad of [null, 'm1', { id: 1 }, { id: 'm'.repeat(65) }, { id: null }, {}]) expect(isRevealRequest(bad)).toBe(false);
    for (const bad of [null, 3, { tabId: '3' }, { tabId: 1.5 }, { tabId: Number.NaN }, { tabId: null }, {}]) {
      expect(isTabRequest(bad)).toBe(false);
    }
  });

  it('accept a sender only when it carries this extension’s id', () => {
    expect(isOwnSender({ id: OWN_ID }, OWN_ID)).toBe(true);
    expect(isOwnSender(undefined, OWN_ID)).toBe(false);
    expect(isOwnSender({}, OWN_ID)).toBe(false);
    expect(isOwnSender({ id: 'another-extension' }, OWN_ID)).toBe(false);
    expect(isOwnSender({ id: `${OWN_ID} ` }, OWN_ID)).toBe(false);
    expect(isOwnSender({ id: OWN_ID.toUpperCase() }, OWN_ID)).toBe(false);
  });
});

// ---------------------------------------------------------------------------------------------
// The background's handlers, as the service worker runs them.

type Sender = { id?: string; url?: string; tab?: { id: number }; frameId?: number; origin?: string };

vi.mock('wxt/browser', () => ({ browser: fakeBrowser }));
// @webext-core/messaging listens on the global `chrome.runtime.onMessage`.
(globalThis as unknown as { chrome: unknown }).chrome = fakeBrowser;
(globalThis as unknown as { defineBackground: unknown }).defineBackground = (main: () => void) => ({ main });
const { getTabReport } = await import('../../src/background/tab-reports');

/** Delivers a raw runtime message as the browser would, with `sender`; resolves with the reply (or undefined). */
function deliver(message: unknown, sender: Sender): Promise<unknown> {
  return new Promise((resolve) => {
    let answered = false;
    const done = (reply: unknown) => {
      answered = true;
      resolve(reply);
    };
    // A partial sender, as a forger would make it: the fake browser passes it on untouched.
    void fakeBrowser.runtime.onMessage.trigger(message, sender as never, done).then((results: unknown[]) => {
      // A listener that returned false will never answer.
      if (!answered && !results.includes(true)) resolve(undefined);
    });
  });
}
const send = (type: string, data: unknown, sender: Sender) => deliver({ id: 1, type, data, timestamp: Date.now() }, sender);

const contentScript = (tabId = 7): Sender => ({ id: OWN_ID, tab: { id: tabId }, frameId: 0, url: 'http://127.0.0.1/page.html' });
const popup: Sender = { id: OWN_ID, url: `chrome-extension://${OWN_ID}/popup.html` };
const foreigners: [string, Sender][] = [
  ['another extension', { id: 'evil-extension-id', tab: { id: 7 }, frameId: 0 }],
  ['a web page (no id)', { url: 'http://127.0.0.1/evil.html', origin: 'http://127.0.0.1', tab: { id: 7 }, frameId: 0 }],
  ['an empty sender', {}],
];

describe('the background’s message handlers', () => {
  beforeEach(async () => {
    fakeBrowser.reset();
    (fakeBrowser.runtime as { id: string }).id = OWN_ID;
    // The fake browser has no keyboard commands; the handler under test does not need one.
    vi.spyOn(fakeBrowser.commands.onCommand, 'addListener').mockImplementation(() => undefined);
    vi.resetModules();
    const background = (await import('../../entrypoints/background')).default as unknown as { main: () => void };
    background.main();
  });

  it('record a well-formed report from this extension’s content script, and answer its popup', async () => {
    await send('reportMentions', validReport(), contentScript());
    const reply = (await send('getTabReport', { tabId: 7 }, popup)) as { res: { total: number } };
    expect(reply.res.total).toBe(1);
    expect(await fakeBrowser.action.getBadgeText({ tabId: 7 })).toBe('1');
  });

  it.each(foreigners)('record nothing that %s reports', async (_who, sender) => {
    await send('reportMentions', validReport(), sender);
    expect((await getTabReport(7)).total).toBe(0);
    expect(await fakeBrowser.action.getBadgeText({ tabId: 7 })).toBe('');
  });

  it.each(foreigners)('give %s no tab report and no card text', async (_who, sender) => {
    await send('reportMentions', validReport(), contentScript());
    const tab = (await send('getTabReport', { tabId: 7 }, sender)) as { res?: unknown; err?: { message: string } };
    expect(tab.res).toBeUndefined();
    expect(tab.err?.message).toBe('bad request');
    const card = (await send('getCardContent', { entity: 'apt40', matched: 'APT40', lang: 'en' }, sender)) as { res: unknown };
    expect(card.res).toBeNull();
  });

  it('ignores a sender forged inside the message: the browser’s sender wins', async () => {
    const forged = { id: 1, type: 'reportMentions', data: validReport(), timestamp: Date.now(), sender: contentScript() };
    await deliver(forged, foreigners[0]![1]);
    expect((await getTabReport(7)).total).toBe(0);
  });

  it.each(brokenReports)('records nothing, and does not throw, for a report with %s from its own content script', async (_w, report) => {
    const reply = (await send('reportMentions', report, contentScript())) as { err?: unknown };
    expect(reply.err).toBeUndefined();
    expect((await getTabReport(7)).total).toBe(0);
  });

  it('answers card requests for the four entities only, and for nothing reached through the prototype', async () => {
    const ok = (await send('getCardContent', { entity: 'apt31', matched: 'APT31', lang: 'en' }, contentScript())) as {
      res: { entityId: string } | null;
    };
    expect(ok.res?.entityId).toBe('apt31');
    for (const entity of ['__proto__', 'constructor', 'toString', 'apt41', '']) {
      const r = (await send('getCardContent', { entity, matched: 'x', lang: 'en' }, contentScript())) as { res: unknown };
      expect(r.res, entity).toBeNull();
    }
  });

  it('ignores messages that are not in the protocol, without throwing', async () => {
    for (const message of [null, 'reportMentions', 42, [], {}, { type: 'reportMentions' }, { type: 'eval', data: '1', timestamp: 1 }]) {
      await expect(deliver(message, contentScript())).resolves.toBeUndefined();
    }
    expect((await getTabReport(7)).total).toBe(0);
  });
});
