/**
 * The export's end-to-end checks, the same in every browser: on a local page, the popup's
 * "Copy as Markdown", "Download JSON", "Download CSV" and "Download STIX 2.1" hold exactly the
 * page's highlights (<mark data-attribution-lens>), each with the sentence around it, the page's
 * address and title; the STIX bundle has every property STIX 2.1 requires; "Copy citation"
 * copies the article and the statements. The clipboard and the download link are watched in the
 * popup page: each write and each link's file is recorded (the real clipboard is still written).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStaticServer, type StaticServer } from '../../../scripts/lib/static-server.ts';
import { CSV_BOM } from '../../../src/core/export/csv.ts';
import { CORPUS_DIR } from '../fixtures/corpus.ts';
import type { BrowserKind, TestBrowser, TestTab } from '../harness/browser.ts';
import { openPopup } from '../harness/extension-pages.ts';
import { waitUntil } from '../harness/wait.ts';
import { stixBundleProblems } from '../../unit/helpers/stix-required.ts';
import { tabIdOf } from './suite.ts';

const EXPORT_PAGE = 'export-page.html';
const TITLE = 'Allies blame China, "hackers" & all';

/** One paragraph per sentence kind: plain, several names, Arabic, and one a spreadsheet would run. */
const PAGES: Record<string, string> = {
  [EXPORT_PAGE]: `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${TITLE.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}</title></head>
<body>
<p>It was Monday. The UK said APT40 and APT31 work for the Ministry of State Security. Beijing denied it.</p>
<p>Attackers used ProxyLogon, a chain of flaws, against mail servers.</p>
<p lang="ar">قالت لندن إن وزارة أمن الدولة الصينية تقف وراء الهجمات.</p>
<p>=1+1, said nobody, about APT31</p>
</body></html>`,
};

/** What the popup wrote to the clipboard and the files its download links held, in order. */
interface Captured {
  copied: { text: string; ok: boolean | null }[];
  files: { name: string; text: string }[];
}

/** Records clipboard writes (passing them on) and download links (instead of saving them) in the popup. */
function watchExports(popup: TestTab): Promise<void> {
  return popup.evaluate(() => {
    const w = window as unknown as { __captured: Captured };
    w.__captured = { copied: [], files: [] };
    const clipboard = navigator.clipboard;
    const write = clipboard.writeText.bind(clipboard);
    Object.defineProperty(navigator, 'clipboard', {
      configurable: true,
      value: {
        writeText(text: string) {
          const entry = { text, ok: null as boolean | null };
          w.__captured.copied.push(entry);
          return write(text).then(
            () => void (entry.ok = true),
            () => void (entry.ok = false),
          );
        },
      },
    });
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      const comma = this.href.indexOf(',');
      w.__captured.files.push({ name: this.download, text: decodeURIComponent(this.href.slice(comma + 1)) });
    };
  }, null);
}

const captured = (popup: TestTab) => popup.evaluate(() => (window as unknown as { __captured: Captured }).__captured, null);

/** Each highlight of the page: its entity, its text and its paragraph's text, in document order. */
function pageHighlights(page: TestTab) {
  return page.evaluate(
    () =>
      Array.from(document.querySelectorAll<HTMLElement>('mark[data-attribution-lens]')).map((m) => ({
        entity: m.dataset.attributionLens ?? '',
        text: m.textContent ?? '',
        block: (m.closest('p')?.textContent ?? '').replace(/\s+/g, ' ').trim(),
      })),
    null,
  );
}

export interface ExportSuiteContext<B extends TestBrowser = TestBrowser> {
  browser: B;
  extensionPage: TestTab;
  /** The export test page's address. */
  pageUrl: string;
}

/** The suite; `extra` adds a browser's own checks, sharing its browser and page server. */
export function defineExportSuite<B extends TestBrowser>(kind: BrowserKind<B>, extra?: (get: () => ExportSuiteContext<B>) => void): void {
  describe(`${kind.name}: taking the findings away: the export and the citation`, () => {
    let browser: B | undefined;
    let server: StaticServer | undefined;
    let extensionPage: TestTab | undefined;

    beforeAll(async () => {
      server = await startStaticServer({ root: CORPUS_DIR, pages: PAGES });
      browser = await kind.launch();
      extensionPage = await openPopup(browser);
    });

    afterAll(async () => {
      await browser?.close();
      await server?.close();
    });

    extra?.(() => {
      if (!browser || !server || !extensionPage) throw new Error('the browser did not launch');
      return { browser, extensionPage, pageUrl: `${server.url}${EXPORT_PAGE}` };
    });

    /** Opens the export page and the popup on it, once the popup lists every highlight; runs `body`. */
    async function onExportPage(body: (popup: TestTab, marks: Awaited<ReturnType<typeof pageHighlights>>) => Promise<void>) {
      if (!browser || !server || !extensionPage) throw new Error('the browser did not launch');
      const url = `${server.url}${EXPORT_PAGE}`;
      const page = await browser.open(url);
      try {
        const tabId = await tabIdOf(extensionPage, url);
        const marks = await waitUntil('the highlights', async () => {
          const found = await pageHighlights(page);
          return found.length >= 6 ? found : null;
        });
        const popup = await openPopup(browser, `?tabId=${tabId}`);
        try {
          await waitUntil('the popup to list every highlight', () =>
            popup.evaluate((n) => document.querySelector<HTMLElement>('.total')?.dataset.total === String(n), marks.length),
          );
          await watchExports(popup);
          await body(popup, marks);
        } finally {
          await popup.close();
        }
      } finally {
        await page.close();
      }
    }

    const statusAfter = async (popup: TestTab, kind: string) => {
      await popup.click(`button[data-export="${kind}"]`);
      return waitUntil(`the status after ${kind}`, () =>
        popup.evaluate((k) => {
          const holder = document.querySelector(`button[data-export="${k}"]`)?.closest('section, .copy-citation');
          return holder?.querySelector('[role=status]')?.textContent || null;
        }, kind),
      );
    };

    it('JSON and CSV hold every highlight with its sentence, the page’s address and title, and the time', async () => {
      await onExportPage(async (popup, marks) => {
        expect(marks.map((m) => m.entity)).toEqual(['apt40', 'apt31', 'mss', 'exchange-hack', 'mss', 'apt31']);
        expect(await statusAfter(popup, 'json')).toBe('Downloaded');
        await popup.click('button[data-export="csv"]');
        const { files } = await waitUntil('two files', async () => ((await captured(popup)).files.length === 2 ? captured(popup) : null));
        expect(files.map((f) => f.name)).toEqual([
          expect.stringMatching(/^attribution-lens-\d{4}-\d\d-\d\dT\d\d-\d\d-\d\dZ\.json$/),
          expect.stringMatching(/^attribution-lens-\d{4}-\d\d-\d\dT\d\d-\d\d-\d\dZ\.csv$/),
        ]);

        const json = JSON.parse(files[0]!.text);
        expect(json.page).toEqual({ url: `${server!.url}${EXPORT_PAGE}`, title: TITLE });
        expect(Math.abs(Date.parse(json.exportedAt) - Date.now())).toBeLessThan(10 * 60_000);
        const mentions = json.mentions as { entity: string; text: string; sentence: string }[];
        expect(mentions.map((m) => [m.entity, m.text])).toEqual(marks.map((m) => [m.entity, m.text]));
        mentions.forEach((m, i) => {
          // The sentence is a piece of the mark's own paragraph, and holds the mark.
          expect(marks[i]!.block).toContain(m.sentence);
          expect(m.sentence).toContain(m.text);
        });
        expect(mentions[0]!.sentence).toBe('The UK said APT40 and APT31 work for the Ministry of State Security.');
        expect(mentions[4]!.sentence).toBe('قالت لندن إن وزارة أمن الدولة الصينية تقف وراء الهجمات.');

        const csv = files[1]!.text;
        expect(csv.startsWith(`${CSV_BOM}entity,entity_name,text,sentence,page_url,page_title,exported_at\r\n`)).toBe(true);
        const rows = csv.slice(CSV_BOM.length).trimEnd().split('\r\n');
        expect(rows).toHaveLength(marks.length + 1);
        // Each export has its own time (the CSV was made after the JSON).
        expect(rows[1]).toMatch(/,\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
        expect(rows[1]!.replace(/,[^,]+$/, '')).toBe(
          `apt40,APT40,APT40,The UK said APT40 and APT31 work for the Ministry of State Security.,${server!.url}${EXPORT_PAGE},"Allies blame China, ""hackers"" & all"`,
        );
        // The page's "=1+1" would run as a formula in a spreadsheet: defused.
        expect(rows[6]).toContain(`"'=1+1, said nobody, about APT31"`);
      });
    });

    it('Markdown lists every highlight under its entity, and the clipboard takes it', async () => {
      await onExportPage(async (popup, marks) => {
        expect(await statusAfter(popup, 'markdown')).toBe('Copied');
        const { copied } = await captured(popup);
        expect(copied).toHaveLength(1);
        expect(copied[0]!.ok).toBe(true);
        const md = copied[0]!.text;
        expect(md).toContain(`<${server!.url}${EXPORT_PAGE}>`);
        expect(md).toContain('**Page:** Allies blame China, "hackers" \\& all');
        const items = md.split('\n').filter((l) => l.startsWith('- **'));
        expect(items).toHaveLength(marks.length);
        expect(md).toContain('## APT40 (1 mention)');
        expect(md).toContain('## APT31 (2 mentions)');
        expect(md).toContain('- **ProxyLogon**: Attackers used ProxyLogon, a chain of flaws, against mail servers.');
      });
    });

    it('the STIX 2.1 bundle: every object with its required properties, for the entities on the page', async () => {
      await onExportPage(async (popup) => {
        expect(await statusAfter(popup, 'stix')).toBe('Downloaded');
        const { files } = await captured(popup);
        expect(files.map((f) => f.name)).toEqual([expect.stringMatching(/\.stix\.json$/)]);
        const bundle = JSON.parse(files[0]!.text);
        expect(stixBundleProblems(bundle)).toEqual([]);
        const objects = bundle.objects as { type: string; name?: string; aliases?: string[] }[];
        expect(objects.map((o) => o.type)).toEqual([
          'report',
          'intrusion-set',
          'intrusion-set',
          'identity',
          'vulnerability',
          'vulnerability',
          'vulnerability',
          'vulnerability',
          'relationship',
          'relationship',
        ]);
        expect(objects.find((o) => o.name === 'APT31')?.aliases).toContain('Violet Typhoon');
      });
    });

    it('"Copy citation" in the story copies the article and the statements of 19 July 2021', async () => {
      if (!browser) throw new Error('the browser did not launch');
      const popup = await openPopup(browser);
      try {
        await watchExports(popup);
        await popup.click('#tab-story');
        expect(await statusAfter(popup, 'citation')).toBe('Citation copied');
        const { copied } = await captured(popup);
        expect(copied.map((c) => c.ok)).toEqual([true]);
        expect(copied[0]!.text).toContain('Source article:\nArabic-language daily, citing Reuters, «أمريكا وحلفاؤها يتهمون الصين');
        expect(copied[0]!.text).toContain('[our translation: “America and its allies accuse China');
        expect(copied[0]!.text).toContain('Statements of 19 July 2021:\n- United States');
        expect(copied[0]!.text).toContain('https://www.mofa.go.jp/press/danwa/press6e_000312.html');
      } finally {
        await popup.close();
      }
    });
  });
}
