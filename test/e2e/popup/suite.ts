/**
 * The popup's end-to-end checks, the same in every browser: the badge equals the
 * highlighted mentions (all frames), the popup lists them and takes the page to
 * each, the site switch removes and restores highlights live, the language switch
 * changes the popup and the hover card, the empty and unreadable-page states, and
 * the Coverage section's verdict on three kinds of page and its way to each claim.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dataset } from '../../../src/data/dataset.ts';
import { startStaticServer, type StaticServer } from '../../../scripts/lib/static-server.ts';
import { CORPUS_DIR, SEED_PAGE, countByEntity, readGold } from '../fixtures/corpus.ts';
import type { BrowserKind, TestBrowser, TestTab } from '../harness/browser.ts';
import { openPopup } from '../harness/extension-pages.ts';
import { waitUntil } from '../harness/wait.ts';
import { LONG_PAGE, MANY_APT40, MANY_PAGE, POPUP_TEST_PAGES } from './pages.ts';

const NEGATIVE_PAGE = 'dev-en-neg-lifestyle';
/** A corpus page about APT40 from 2024: the entities, in another context. */
const OTHER_CONTEXT_PAGE = 'dev-de-apt40-advisory-2024';
/** A news page about something else. */
const UNRELATED_PAGE = 'readability-bbc-1';

/** The extension API subset the checks call from an extension page (Chrome's `chrome` or Firefox's `browser`). */
interface ExtensionApi {
  tabs: { query(query: object): Promise<Array<{ id?: number; url?: string }>> };
  action?: { getBadgeText(details: { tabId: number }): Promise<string> };
  browserAction?: { getBadgeText(details: { tabId: number }): Promise<string> };
}

export interface PopupSuiteContext<B extends TestBrowser = TestBrowser> {
  browser: B;
  server: StaticServer;
  /** An extension page kept open to call extension APIs from (tab ids, badge text). */
  extensionPage: TestTab;
  url(name: string): string;
}

/** Every tab's id and URL (the URL only where the extension has host access). */
export function listTabs(extensionPage: TestTab): Promise<Array<{ id?: number; url?: string }>> {
  return extensionPage.evaluate(async () => {
    const g = globalThis as unknown as { browser?: ExtensionApi; chrome?: ExtensionApi };
    const api = (g.browser ?? g.chrome) as ExtensionApi;
    return (await api.tabs.query({})).map((t) => ({ id: t.id, url: t.url }));
  }, null);
}

/** The id of the tab showing `url`. */
export async function tabIdOf(extensionPage: TestTab, url: string): Promise<number> {
  return waitUntil(`a tab with ${url}`, async () => (await listTabs(extensionPage)).find((t) => t.url === url)?.id);
}

/** The toolbar badge text of a tab. */
export function badgeText(extensionPage: TestTab, tabId: number): Promise<string> {
  return extensionPage.evaluate(async (id) => {
    const g = globalThis as unknown as { browser?: ExtensionApi; chrome?: ExtensionApi };
    const api = (g.browser ?? g.chrome) as ExtensionApi;
    const action = api.action ?? api.browserAction;
    if (!action) throw new Error('no action API');
    return action.getBadgeText({ tabId: id });
  }, tabId);
}

/** The entity of every highlight in the page and its same-origin frames, in document order. */
export function pageMarks(page: TestTab): Promise<string[]> {
  return page.evaluate(() => {
    const docs: Document[] = [document];
    for (const frame of Array.from(document.querySelectorAll('iframe'))) {
      if (frame.contentDocument) docs.push(frame.contentDocument);
    }
    return docs.flatMap((d) =>
      Array.from(d.querySelectorAll('mark[data-attribution-lens]')).map((m) => m.getAttribute('data-attribution-lens') ?? ''),
    );
  }, null);
}

/** The mention counts per entity that the popup lists. */
function listedCounts(popup: TestTab): Promise<Record<string, number>> {
  return popup.evaluate(() => {
    const counts: Record<string, number> = {};
    for (const group of Array.from(document.querySelectorAll<HTMLElement>('.entity-group'))) {
      counts[group.dataset.entity ?? '?'] = group.querySelectorAll('button.mention').length;
    }
    return counts;
  }, null);
}

/** The popup's state notice ("empty", "unsupported", …) or null when it lists mentions. */
function noticeState(popup: TestTab): Promise<string | null> {
  return popup.evaluate(() => document.querySelector<HTMLElement>('#panel-page .notice')?.dataset.state ?? null, null);
}

export async function selectSection(popup: TestTab, id: 'page' | 'coverage' | 'story' | 'settings'): Promise<void> {
  await popup.click(`#tab-${id}`);
  await waitUntil(`section ${id}`, () => popup.evaluate((s) => !document.getElementById(`panel-${s}`)?.hidden, id));
}

/** Chooses the popup's language in Settings (where the menu is), as a user would. */
export async function chooseLanguage(popup: TestTab, lang: 'auto' | 'en' | 'ar'): Promise<void> {
  await selectSection(popup, 'settings');
  await popup.select('.language-switch select', lang);
}

/** What the Coverage section shows once the comparison is drawn (null before). */
export function coverageView(popup: TestTab) {
  return popup.evaluate(() => {
    const verdict = document.querySelector<HTMLElement>('#panel-coverage .verdict');
    if (!verdict) return null;
    const items = Array.from(document.querySelectorAll<HTMLElement>('#panel-coverage ul.coverage-claims > li.coverage-claim'));
    return {
      verdict: verdict.dataset.verdict,
      line: verdict.textContent,
      claims: items.length,
      reported: items.filter((li) => li.dataset.reported === 'true').map((li) => li.dataset.claim),
      notReported: items
        .filter((li) => li.dataset.reported === 'false' && /not reported/i.test(li.textContent ?? ''))
        .map((li) => li.dataset.claim),
    };
  }, null);
}

/** Runs `body` on a page or popup once it is open, and closes it afterwards, whatever happens. */
async function using<R>(opening: Promise<TestTab>, body: (opened: TestTab) => Promise<R>): Promise<R> {
  const opened = await opening;
  try {
    return await body(opened);
  } finally {
    await opened.close();
  }
}

/** Runs `body` with the popup open on `tabId`, then closes it. */
function withPopup<R>(ctx: PopupSuiteContext, tabId: number, body: (popup: TestTab) => Promise<R>): Promise<R> {
  return using(openPopup(ctx.browser, `?tabId=${tabId}`), body);
}

type CoverageView = NonNullable<Awaited<ReturnType<typeof coverageView>>>;

/** Runs `body` with the popup open on `tabId` at Coverage, once its verdict is drawn; then closes it. */
function withCoverage<R>(
  ctx: PopupSuiteContext,
  tabId: number,
  body: (popup: TestTab, view: CoverageView) => Promise<R>,
): Promise<R> {
  return withPopup(ctx, tabId, async (popup) => {
    await selectSection(popup, 'coverage');
    return body(popup, await waitUntil('the coverage verdict', () => coverageView(popup)));
  });
}

/** The page's scroll position, and whether the paragraph holding `sentence` is wholly in the viewport. */
function sentencePlace(page: TestTab, sentence: string) {
  return page.evaluate((text) => {
    const squash = (s: string) => s.replace(/\s+/g, ' ').trim();
    const block = Array.from(document.querySelectorAll('p')).find((p) => squash(p.textContent ?? '').includes(text));
    const r = block?.getBoundingClientRect();
    return {
      found: !!block,
      scrollY: window.scrollY,
      inView: !!r && r.top >= 0 && r.bottom <= window.innerHeight,
    };
  }, sentence);
}

/** The page's sentence for claim `id` as the Coverage section quotes it. */
function quotedSentence(popup: TestTab, id: string): Promise<string> {
  return popup.evaluate(
    (claim) => document.querySelector(`li[data-claim="${claim}"] .compare-page blockquote`)?.textContent ?? '',
    id,
  );
}

/** Waits until the page's highlights have settled and the badge shows their number; returns the marks. */
async function settledMarks(ctx: PopupSuiteContext, page: TestTab, tabId: number): Promise<string[]> {
  let previous = '';
  try {
    return await waitUntil('the badge to equal the settled highlights', async () => {
      const marks = await pageMarks(page);
      const badge = await badgeText(ctx.extensionPage, tabId);
      const now = `marks [${marks.join(', ')}], badge "${badge}"`;
      const stable = now === previous;
      previous = now;
      return stable && marks.length > 0 && badge === String(marks.length) ? marks : null;
    });
  } catch (error) {
    throw new Error(`${String(error)}; last seen: ${previous}`);
  }
}

export function definePopupSuite<B extends TestBrowser>(kind: BrowserKind<B>, extra?: (ctx: () => PopupSuiteContext<B>) => void): void {
  describe(`${kind.name}: the toolbar popup and badge`, () => {
    let ctx: PopupSuiteContext<B> | undefined;
    const get = (): PopupSuiteContext<B> => {
      if (!ctx) throw new Error('the browser did not launch');
      return ctx;
    };

    beforeAll(async () => {
      const server = await startStaticServer({ root: CORPUS_DIR, pages: POPUP_TEST_PAGES });
      try {
        const browser = await kind.launch();
        // Opened without ?tabId, the popup inspects the active tab: itself.
        const extensionPage = await openPopup(browser);
        ctx = { browser, server, extensionPage, url: (name) => `${server.url}${name}` };
      } catch (error) {
        await server.close();
        throw error;
      }
    });

    afterAll(async () => {
      await ctx?.browser.close();
      await ctx?.server.close();
    });

    it('counts the seed article’s highlights on the badge and lists them by entity', async () => {
      const c = get();
      const gold = readGold(SEED_PAGE);
      await using(c.browser.open(c.url(`${SEED_PAGE}.html`)), async (page) => {
        const tabId = await tabIdOf(c.extensionPage, c.url(`${SEED_PAGE}.html`));
        const marks = await settledMarks(c, page, tabId);
        // One mark per gold mention on this page, so marks, mentions and the badge all agree.
        expect(marks.length).toBe(gold.mentions.length);

        await withPopup(c, tabId, async (popup) => {
          const total = await waitUntil('the popup list', () =>
            popup.evaluate(() => document.querySelector<HTMLElement>('.total')?.dataset.total, null),
          );
          expect(Number(total)).toBe(marks.length);
          expect(await listedCounts(popup)).toEqual(countByEntity(marks.map((entity) => ({ entity }))));
        });
      });
    });

    it('counts every frame, and choosing a mention scrolls the page to it, in its own frame', async () => {
      const c = get();
      await using(c.browser.open(c.url(LONG_PAGE)), async (page) => {
        const tabId = await tabIdOf(c.extensionPage, c.url(LONG_PAGE));
        const marks = await settledMarks(c, page, tabId);
        expect(marks).toEqual(['apt40', 'exchange-hack', 'apt31']);

        await withPopup(c, tabId, async (popup) => {
          await waitUntil('the popup list', () => popup.evaluate(() => document.querySelector('.total') !== null, null));
          expect(await listedCounts(popup)).toEqual({ apt40: 1, 'exchange-hack': 1, apt31: 1 });
          expect(await page.evaluate(() => window.scrollY, null)).toBe(0);

          const inView = (selector: string) =>
            page.evaluate((s) => {
              const frameDoc = document.querySelector('iframe')?.contentDocument;
              const el = document.querySelector(s) ?? frameDoc?.querySelector(s);
              if (!el) return false;
              const r = el.getBoundingClientRect();
              // Inside the frame, rectangles are relative to the frame: add its offset.
              const offset = el.ownerDocument === document ? 0 : (document.querySelector('iframe')?.getBoundingClientRect().top ?? 0);
              return r.top + offset >= 0 && r.bottom + offset <= window.innerHeight;
            }, selector);

          await popup.click('.entity-group[data-entity="exchange-hack"] button.mention');
          await waitUntil('the page to scroll to the middle mention', () => inView('#middle mark'));
          expect(await inView('#top mark')).toBe(false);

          // The frame's mention may share its id with one in the top frame: only its own frame must answer.
          await popup.click('.entity-group[data-entity="apt31"] button.mention');
          await waitUntil('the page to scroll to the mention in the frame', () => inView('#inner mark'));
          expect(await inView('#middle mark')).toBe(false);
        });
      });
    });

    it('the header’s switch turns the site off, removing the highlights live, and on restores them', async () => {
      const c = get();
      const url = c.url(`${SEED_PAGE}.html`);
      const page = await c.browser.open(url);
      const popup = await openPopup(c.browser, `?tabId=${await tabIdOf(c.extensionPage, url)}`);
      try {
        const tabId = await tabIdOf(c.extensionPage, url);
        const before = await settledMarks(c, page, tabId);
        // In the header, from any section; it names the site as its registrable domain (an IP address is its own).
        await selectSection(popup, 'story');
        expect(
          await popup.evaluate(() => {
            const input = document.querySelector<HTMLInputElement>('.popup-header input[name=site][role=switch]');
            return { checked: input?.checked, site: document.querySelector('.popup-header .site-switch .host')?.textContent };
          }, null),
        ).toEqual({ checked: true, site: '127.0.0.1' });

        await popup.click('.popup-header input[name=site]');
        await waitUntil('the highlights to go', async () => (await pageMarks(page)).length === 0);
        await waitUntil('the badge to clear', async () => (await badgeText(c.extensionPage, tabId)) === '');
        await selectSection(popup, 'page');
        expect(await noticeState(popup)).toBe('site-off');

        await popup.click('.popup-header input[name=site]');
        expect(await settledMarks(c, page, tabId)).toEqual(before);
        await selectSection(popup, 'page');
        await waitUntil('the list to come back', () => popup.evaluate(() => document.querySelector('.total') !== null, null));
      } finally {
        await popup.close();
        await page.close();
      }
    });

    it('the language switch changes the popup and the hover card, and is remembered', async () => {
      const c = get();
      const url = c.url(`${SEED_PAGE}.html`);
      const page = await c.browser.open(url);
      const tabId = await tabIdOf(c.extensionPage, url);
      let popup = await openPopup(c.browser, `?tabId=${tabId}`);
      const view = () =>
        popup.evaluate(
          () => ({
            lang: document.documentElement.lang,
            dir: document.documentElement.dir,
            title: document.querySelector('h1')?.textContent,
            tabs: Array.from(document.querySelectorAll('[role=tab]')).map((t) => t.textContent),
          }),
          null,
        );
      const cardLang = () =>
        page.evaluate(() => {
          const host = document.querySelector('attribution-lens-card');
          return host?.shadowRoot?.querySelector('[role=dialog]')?.getAttribute('lang') ?? null;
        }, null);
      try {
        await settledMarks(c, page, tabId);
        expect(await view()).toEqual({
          lang: 'en',
          dir: 'ltr',
          title: 'Attribution Lens',
          tabs: ['On this page', 'Coverage', 'The story', 'Settings'],
        });

        await chooseLanguage(popup, 'ar');
        await waitUntil('the popup in Arabic', async () => (await view()).dir === 'rtl');
        expect(await view()).toEqual({
          lang: 'ar',
          dir: 'rtl',
          title: 'عدسة الإسناد',
          tabs: ['في هذه الصفحة', 'التغطية', 'القصة', 'الإعدادات'],
        });

        // Remembered: a popup opened afresh is in Arabic straight away.
        await popup.close();
        popup = await openPopup(c.browser, `?tabId=${tabId}`);
        expect((await view()).lang).toBe('ar');

        await page.bringToFront();
        await page.hover('mark[data-attribution-lens="apt40"]');
        expect(await waitUntil('the card to open', cardLang)).toBe('ar');
      } finally {
        await chooseLanguage(popup, 'auto').catch(() => undefined);
        await waitUntil('the language back to auto', async () => (await view()).lang === 'en').catch(() => undefined);
        await popup.close();
        await page.close();
      }
    });

    it('the story tells who said what with provenance, fits the popup in both languages, and the card names its sources', async () => {
      const c = get();
      const url = c.url(`${SEED_PAGE}.html`);
      const page = await c.browser.open(url);
      const tabId = await tabIdOf(c.extensionPage, url);
      const popup = await openPopup(c.browser, `?tabId=${tabId}`);
      const story = () =>
        popup.evaluate(() => {
          const table = document.querySelector<HTMLElement>('.who-said-what')!;
          const row = (id: string) => table.querySelector<HTMLElement>(`tr[data-statement="${id}"]`);
          const entities = (id: string) => Array.from(row(id)?.querySelectorAll<HTMLElement>('li[data-entity]') ?? []).map((li) => li.dataset.entity);
          return {
            heading: document.getElementById('story-said')?.textContent ?? '',
            rows: table.querySelectorAll('tbody tr').length,
            japan: entities('jp'),
            nato: entities('nato'),
            fits: table.scrollWidth <= document.documentElement.clientWidth,
            ownWordsLang: Array.from(table.querySelectorAll('q')).map((q) => q.getAttribute('lang')),
            borrellDiffers: !!document.querySelector('li.claim[data-claim="borrell-exchange"] .own-words .differs'),
            openingSigned: !!document.querySelector('li.claim[data-claim="accused-mss"] .speaker'),
          };
        }, null);
      const cardText = () =>
        page.evaluate(() => document.querySelector('attribution-lens-card')?.shadowRoot?.querySelector('.card')?.textContent ?? null, null);
      try {
        await settledMarks(c, page, tabId);
        await selectSection(popup, 'story');
        const en = await story();
        expect(en).toMatchObject({ heading: 'Who said what, 19–20 July 2021', japan: ['apt40'], nato: ['exchange-hack'], fits: true, borrellDiffers: true, openingSigned: false });
        expect(en.rows).toBeGreaterThanOrEqual(14);
        expect(new Set(en.ownWordsLang)).toEqual(new Set(['en']));

        await chooseLanguage(popup, 'ar');
        await selectSection(popup, 'story');
        await waitUntil('the story in Arabic', async () => (await story()).heading.startsWith('من قال ماذا'));
        expect(await story()).toMatchObject({ japan: ['apt40'], fits: true, borrellDiffers: true });
        await chooseLanguage(popup, 'auto');
        await selectSection(popup, 'story');
        await waitUntil('the story back in English', async () => (await story()).heading.startsWith('Who said'));

        await page.bringToFront();
        await page.hover('mark[data-attribution-lens="exchange-hack"]');
        await waitUntil('the Exchange card', cardText);
        // The compact card names its sources; the group blamed and the own words wait behind More.
        expect(await cardText()).toContain('Also drawn on');
        await page.evaluate(() => {
          const more = document.querySelector('attribution-lens-card')?.shadowRoot?.querySelector<HTMLButtonElement>('.card__more');
          if (!more) throw new Error('the card has no More button');
          more.click();
        }, null);
        const card = await waitUntil('the expanded card', async () => {
          const text = await cardText();
          return text?.includes('Group blamed') ? text : null;
        });
        expect(card).toContain('Group blamed');
        expect(card).toContain('HAFNIUM (Microsoft, 2021)');
        expect(card).toContain('Council of the EU');
        expect(card).toContain('Own words — original');
      } finally {
        await chooseLanguage(popup, 'auto').catch(() => undefined);
        await popup.close();
        await page.close();
      }
    });

    it('a page without mentions shows the empty state and no badge', async () => {
      const c = get();
      const url = c.url(`${NEGATIVE_PAGE}.html`);
      await using(c.browser.open(url), async (page) => {
        const tabId = await tabIdOf(c.extensionPage, url);
        await withPopup(c, tabId, async (popup) => {
          expect(await waitUntil('the empty state', () => noticeState(popup))).toBe('empty');
          expect(await pageMarks(page)).toEqual([]);
          expect(await badgeText(c.extensionPage, tabId)).toBe('');
        });
      });
    });

    it('a browser page says the extension cannot read it', async () => {
      const c = get();
      const before = new Set((await listTabs(c.extensionPage)).map((t) => t.id));
      await using(c.browser.openBrowserPage(), async () => {
        // The browser withholds the URL of its own pages: the new tab is the one not seen before.
        const tabId = await waitUntil('the browser page’s tab', async () =>
          (await listTabs(c.extensionPage)).find((t) => t.id !== undefined && !before.has(t.id))?.id,
        );
        await withPopup(c, tabId, async (popup) => {
          expect(await waitUntil('the unsupported state', () => noticeState(popup))).toBe('unsupported');
          expect(await popup.evaluate(() => document.querySelector('.entity-groups'), null)).toBeNull();
        });
      });
    });

    it('the popup opened on an extension page calls it a browser page', async () => {
      const c = get();
      // The extension page inspects itself: the active tab of its window.
      const state = await waitUntil('the state', () =>
        c.extensionPage.evaluate(() => document.querySelector<HTMLElement>('#panel-page .notice')?.dataset.reason, null),
      );
      expect(state).toBe('browser-page');
    });

    describe('Coverage', () => {
      const ALL_CLAIMS = dataset.coverage.claims.map((c) => c.id);

      it('judges the seed article the same story, with every claim reported', async () => {
        const c = get();
        const url = c.url(`${SEED_PAGE}.html`);
        await using(c.browser.open(url), async (page) => {
          const tabId = await tabIdOf(c.extensionPage, url);
          await settledMarks(c, page, tabId);
          await withCoverage(c, tabId, async (popup, view) => {
            expect(view).toEqual({
              verdict: 'same-story',
              line: `Same story (${ALL_CLAIMS.length} of ${ALL_CLAIMS.length} claims reported)`,
              claims: ALL_CLAIMS.length,
              reported: ALL_CLAIMS,
              notReported: [],
            });
            expect(ALL_CLAIMS).toHaveLength(12);
            // What the verdict rests on: every claim, and the accusation's day given as news.
            const basis = await popup.evaluate(() => {
              const el = document.querySelector<HTMLElement>('#panel-coverage .basis');
              return el ? { text: el.textContent ?? '', later: el.dataset.later, news: el.dataset.news } : null;
            }, null);
            expect(basis).toMatchObject({ later: 'false', news: 'true' });
            expect(basis?.text).toContain(`Rests on ${ALL_CLAIMS.length} claims found as part of the July 2021 story`);
          });
        });
      });

      it('judges a page about APT40 from another year "another context"', async () => {
        const c = get();
        const url = c.url(`${OTHER_CONTEXT_PAGE}.html`);
        await using(c.browser.open(url), async (page) => {
          const tabId = await tabIdOf(c.extensionPage, url);
          await settledMarks(c, page, tabId);
          await withCoverage(c, tabId, async (popup, view) => {
            expect(view.verdict).toBe('another-context');
            expect(view.line).toBe('Mentions these entities in another context');
            // The accusation itself (its date, the coalition) is not this page's story.
            expect(view.notReported).toEqual(expect.arrayContaining(['date', 'coalition']));
            expect(view.reported.length + view.notReported.length).toBe(view.claims);
            expect(
              await popup.evaluate(() => document.querySelector('#panel-coverage .claims-count')?.textContent, null),
            ).toBe(`${view.reported.length} of 12 claims reported`);
            // The claims not reported and the rule are folded, closed; the reported ones are open.
            expect(
              await popup.evaluate(
                () => ({
                  rule: (document.querySelector('#panel-coverage .rule')?.closest('details') as HTMLDetailsElement | null)?.open,
                  unreported: document.querySelector<HTMLDetailsElement>('#panel-coverage details.unreported')?.open,
                  reportedFolded: Array.from(document.querySelectorAll('li.coverage-claim[data-reported=true]')).some((li) => li.closest('details')),
                }),
                null,
              ),
            ).toEqual({ rule: false, unreported: false, reportedFolded: false });
            // Written in 2024: the page's own year puts it after the story, whatever it recalls.
            expect(
              await popup.evaluate(() => document.querySelector<HTMLElement>('#panel-coverage .basis')?.dataset.later, null),
            ).toBe('true');
          });
        });
      });

      it('judges a news page about something else "unrelated"', async () => {
        const c = get();
        const url = c.url(`${UNRELATED_PAGE}.html`);
        await using(c.browser.open(url), async () => {
          const tabId = await tabIdOf(c.extensionPage, url);
          await withPopup(c, tabId, async (popup) => {
            // The top frame has reported (no mentions): the verdict is not a guess.
            expect(await waitUntil('the empty state', () => noticeState(popup))).toBe('empty');
            await selectSection(popup, 'coverage');
            const view = await waitUntil('the coverage verdict', () => coverageView(popup));
            expect(view.verdict).toBe('unrelated');
            expect(view.line).toBe('Unrelated');
            expect(view.claims).toBe(12);
          });
        });
      });

      it('choosing a reported claim scrolls the page to its sentence, by pointer or keyboard', async () => {
        const c = get();
        const url = c.url(`${SEED_PAGE}.html`);
        await using(c.browser.open(url), async (page) => {
          const tabId = await tabIdOf(c.extensionPage, url);
          await settledMarks(c, page, tabId);
          await withCoverage(c, tabId, async (popup) => {
            // The last claim, in the article's last sentence: below the fold of the fresh page.
            const last = await quotedSentence(popup, 'ttps-50');
            expect(last.length).toBeGreaterThan(20);
            expect(await sentencePlace(page, last)).toEqual({ found: true, scrollY: 0, inView: false });

            await popup.click('li[data-claim="ttps-50"] button.reveal-claim');
            // Painted with the CSS Custom Highlight API (no DOM change): the page's registry holds it, over that sentence.
            const painted = await waitUntil('the sentence to be painted', () =>
              page.evaluate(() => {
                const highlight = CSS.highlights.get('attribution-lens-claim');
                const range = highlight ? Array.from(highlight.keys())[0] : undefined;
                return range instanceof Range ? range.toString() : null;
              }, null),
            );
            expect(painted.replace(/\s+/g, ' ').trim()).toBe(last);
            const there = await waitUntil('the page to scroll to the last claim', async () => {
              const place = await sentencePlace(page, last);
              return place.inView && place.scrollY > 0 ? place : null;
            });
            expect(there.scrollY).toBeGreaterThan(0);

            // Back to the first claim with the keyboard alone: Tab to its button (a visible ring), Enter.
            const first = await quotedSentence(popup, 'date');
            expect((await sentencePlace(page, first)).inView).toBe(false);
            await popup.evaluate(() => document.getElementById('tab-coverage')?.focus(), null);
            let ring: boolean | null = null;
            for (let i = 0; i < 8 && ring === null; i++) {
              await popup.press('Tab');
              ring = await popup.evaluate(() => {
                const el = document.activeElement;
                if (!el?.matches('li[data-claim="date"] button.reveal-claim')) return null;
                const style = getComputedStyle(el);
                return style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
              }, null);
            }
            expect(ring, 'focus on the first claim’s button, with a focus ring').toBe(true);
            await popup.press('Enter');
            await waitUntil('the page to scroll back to the first claim', async () => {
              const place = await sentencePlace(page, first);
              return place.inView && place.scrollY < there.scrollY;
            });
          });
        });
      });
    });

    describe('a popup a first-time reader understands', () => {
      it('shows the colour legend first, and marks each snippet in its entity’s page colour, readable', async () => {
        const c = get();
        const url = c.url(`${SEED_PAGE}.html`);
        await using(c.browser.open(url), async (page) => {
          const tabId = await tabIdOf(c.extensionPage, url);
          const marks = await settledMarks(c, page, tabId);
          const onPage = await page.evaluate(() => {
            const colours: Record<string, string> = {};
            for (const m of Array.from(document.querySelectorAll<HTMLElement>('mark[data-attribution-lens]'))) {
              colours[m.dataset.attributionLens ?? ''] = getComputedStyle(m).backgroundColor;
            }
            return colours;
          }, null);
          expect(Object.keys(onPage).sort()).toEqual([...new Set(marks)].sort());
          await withPopup(c, tabId, async (popup) => {
            await waitUntil('the popup list', () => popup.evaluate(() => document.querySelector('.total') !== null, null));
            const shown = await popup.evaluate(() => {
              // WCAG contrast of two computed rgb() colours.
              const lum = (rgb: string) => {
                const [r, g, b] = (rgb.match(/\d+(\.\d+)?/g) ?? []).slice(0, 3).map((v) => {
                  const x = Number(v) / 255;
                  return x <= 0.04045 ? x / 12.92 : ((x + 0.055) / 1.055) ** 2.4;
                });
                return 0.2126 * (r ?? 0) + 0.7152 * (g ?? 0) + 0.0722 * (b ?? 0);
              };
              const ratio = (a: string, b: string) => {
                const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
                return ((hi ?? 0) + 0.05) / ((lo ?? 0) + 0.05);
              };
              const panel = document.getElementById('panel-page')!;
              const legend = panel.querySelector('.legend');
              const legendFirst = !!legend && panel.firstElementChild === legend;
              const legendColours: Record<string, string> = {};
              for (const li of Array.from(document.querySelectorAll<HTMLElement>('.legend li'))) {
                legendColours[li.dataset.entity ?? ''] = getComputedStyle(li.querySelector('.swatch')!).backgroundColor;
              }
              const snippets = Array.from(document.querySelectorAll<HTMLElement>('.entity-group')).map((group) => {
                const styles = Array.from(group.querySelectorAll('.mention mark')).map((m) => getComputedStyle(m));
                return {
                  entity: group.dataset.entity ?? '',
                  backgrounds: [...new Set(styles.map((st) => st.backgroundColor))],
                  minContrast: Math.min(...styles.map((st) => ratio(st.color, st.backgroundColor))),
                };
              });
              return { legendFirst, legendColours, snippets };
            }, null);
            expect(shown.legendFirst).toBe(true);
            expect(Object.keys(shown.legendColours)).toEqual(['apt40', 'apt31', 'mss', 'exchange-hack']);
            for (const { entity, backgrounds, minContrast } of shown.snippets) {
              expect(backgrounds, entity).toEqual([onPage[entity]]);
              expect(shown.legendColours[entity], entity).toBe(onPage[entity]);
              expect(minContrast, entity).toBeGreaterThanOrEqual(4.5);
            }
          });
        });
      });

      it('keeps the header and tabs in view while a section scrolls, the title on one line, in English and Arabic', async () => {
        const c = get();
        const url = c.url(`${SEED_PAGE}.html`);
        await using(c.browser.open(url), async () => {
          const tabId = await tabIdOf(c.extensionPage, url);
          await withPopup(c, tabId, async (popup) => {
            const layout = () =>
              popup.evaluate(() => {
                window.scrollTo(0, document.documentElement.scrollHeight);
                const header = document.querySelector('.popup-header')!.getBoundingClientRect();
                const tabs = document.querySelector('[role=tablist]')!.getBoundingClientRect();
                const h1 = document.querySelector('.popup-header h1')!;
                const range = document.createRange();
                range.selectNodeContents(h1);
                // One line: every piece of the title's text sits at the same height.
                const tops = new Set(Array.from(range.getClientRects()).map((r) => Math.round(r.top)));
                return {
                  scrolled: window.scrollY > 0,
                  headerTop: Math.round(header.top),
                  tabsBelowHeader: Math.abs(tabs.top - header.bottom) <= 1,
                  titleLines: tops.size,
                  titleFits: h1.scrollWidth <= h1.clientWidth + 1 && header.right <= document.documentElement.clientWidth + 1,
                  switchInHeader: !!document.querySelector('.popup-header input[name=site]'),
                };
              }, null);
            const expected = { scrolled: true, headerTop: 0, tabsBelowHeader: true, titleLines: 1, titleFits: true, switchInHeader: true };
            for (const lang of ['en', 'ar'] as const) {
              await chooseLanguage(popup, lang);
              await waitUntil(`the popup in ${lang}`, () => popup.evaluate((l) => document.documentElement.lang === l, lang));
              await selectSection(popup, 'story');
              expect(await layout(), lang).toEqual(expected);
            }
            await chooseLanguage(popup, 'auto');
          });
        });
      });

      it(`lists the first 20 mentions of an entity, and all ${MANY_APT40} on request`, async () => {
        const c = get();
        await using(c.browser.open(c.url(MANY_PAGE)), async (page) => {
          const tabId = await tabIdOf(c.extensionPage, c.url(MANY_PAGE));
          const marks = await settledMarks(c, page, tabId);
          expect(marks.filter((m) => m === 'apt40')).toHaveLength(MANY_APT40);
          await withPopup(c, tabId, async (popup) => {
            await waitUntil('the popup list', () => popup.evaluate(() => document.querySelector('.total') !== null, null));
            expect(await listedCounts(popup)).toEqual({ apt40: 20, apt31: 3 });
            expect(await popup.evaluate(() => document.querySelector('.entity-group[data-entity=apt40] .show-all')?.textContent, null)).toBe(
              `Show all (${MANY_APT40})`,
            );
            expect(await popup.evaluate(() => document.querySelector('.entity-group[data-entity=apt31] .show-all'), null)).toBeNull();
            await popup.click('.entity-group[data-entity=apt40] .show-all');
            await waitUntil('every mention', async () => (await listedCounts(popup)).apt40 === MANY_APT40);
            // Reading goes on at the first mention that was hidden. The popup moves the focus in an
            // effect after the longer list is drawn, so the focus is waited for, not read at once.
            const focusedAt = () =>
              popup.evaluate(() => {
                const buttons = Array.from(document.querySelectorAll('.entity-group[data-entity=apt40] button.mention'));
                return buttons.indexOf(document.activeElement as Element);
              }, null);
            await waitUntil('the focus on the first mention that was hidden', async () => (await focusedAt()) === 20).catch(async (error: unknown) => {
              throw new Error(`${String(error)}; focused: ${await focusedAt()}`);
            });
          });
        });
      });

      it('ends with the version, the data’s date and "Report a problem", which prepares a report to copy and sends nothing', async () => {
        const c = get();
        const url = c.url(`${SEED_PAGE}.html`);
        await using(c.browser.open(url), async (page) => {
          const tabId = await tabIdOf(c.extensionPage, url);
          await settledMarks(c, page, tabId);
          const manifestVersion = await c.extensionPage.evaluate(() => {
            const g = globalThis as unknown as { browser?: { runtime: { getManifest(): { version: string } } }; chrome?: { runtime: { getManifest(): { version: string } } } };
            return (g.browser ?? g.chrome)!.runtime.getManifest().version;
          }, null);
          await withPopup(c, tabId, async (popup) => {
            const footer = await popup.evaluate(
              () => ({
                version: document.querySelector('footer .version')?.textContent,
                date: document.querySelector<HTMLElement>('footer .data-checked')?.dataset.date,
              }),
              null,
            );
            expect(footer).toEqual({ version: `Version ${manifestVersion}`, date: dataset.checked });

            await popup.click('footer button.report-problem');
            await waitUntil('the report form', () => popup.evaluate(() => document.activeElement?.id === 'report-heading', null));
            const first = await popup.evaluate(() => document.querySelector<HTMLOptionElement>('select[name=mention] option:nth-child(2)')?.value ?? '', null);
            expect(first).not.toBe('');
            await popup.select('select[name=mention]', first);
            await popup.click('input[name=kind][value=wrong-entity]');
            await popup.select('select[name=entity]', 'mss');
            const preview = await popup.evaluate(() => document.querySelector<HTMLTextAreaElement>('textarea[name=preview]')?.value ?? '', null);
            expect(preview).toMatch(/^## \[wrong entity\] \S/);
            expect(preview).toContain(`- **Page address:** ${url}`);
            expect(preview).toContain('- **Entity:** Ministry of State Security (MSS) (`mss`)');
            // package.json has no bugs.url: no issue tracker to open.
            expect(await popup.evaluate(() => document.querySelector('a.open-issue'), null)).toBeNull();

            await popup.click('button.copy-report');
            const status = await waitUntil('the copy’s outcome', () =>
              popup.evaluate(() => document.querySelector('.report-status')?.textContent || null, null),
            );
            expect(status).toBe('Copied. Paste it into a new issue where you got the extension.');

            await popup.click('button.report-close');
            await waitUntil('the sections again', () => popup.evaluate(() => document.querySelector('[role=tablist]') !== null, null));
          });
        });
      });
    });

    extra?.(get);
  });
}
