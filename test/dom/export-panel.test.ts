// @vitest-environment jsdom
import { h, render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CSV_BOM } from '../../src/core/export/csv';
import type { Lang } from '../../src/messaging/protocol';
import { CopyCitation } from '../../src/ui/popup/export/copy-citation';
import { ExportPanel } from '../../src/ui/popup/export/export-panel';
import { POPUP_STRINGS } from '../../src/ui/popup/shell/popup-strings';
import { frameReport, mention, tabReport } from '../fixtures/reports';
import { stixBundleProblems } from '../unit/helpers/stix-required';

const report = tabReport([
  frameReport(
    [
      mention('m1', 'apt40', 'APT40', 'groups APT40 and', 'The UK named APT40, a group.'),
      mention('m2', 'mss', 'MSS', 'the MSS', '=cmd|"/c calc"!A0 said the MSS'),
    ],
    { title: 'Allies blame China' },
  ),
  frameReport([mention('m1', 'apt31', 'Violet Typhoon', 'Violet Typhoon', 'Violet Typhoon is APT31.')], {
    frameId: 3,
    url: 'http://127.0.0.1/frame.html',
    title: 'Inner',
  }),
]);
const NOW = new Date('2026-12-06T19:45:12.345Z');

let root: HTMLElement;
let clipboard: string[];
let saved: { name: string; href: string }[];

beforeEach(() => {
  root = document.createElement('div');
  document.body.replaceChildren(root);
  clipboard = [];
  saved = [];
  Object.defineProperty(navigator, 'clipboard', {
    configurable: true,
    value: { writeText: vi.fn(async (text: string) => void clipboard.push(text)) },
  });
  // The download link's click, caught: jsdom cannot save files.
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    saved.push({ name: this.download, href: this.href });
  });
});
afterEach(() => {
  render(null, root);
  vi.restoreAllMocks();
});

const show = (lang: Lang = 'en') => act(() => render(h(ExportPanel, { report, lang, strings: POPUP_STRINGS[lang], now: () => NOW }), root));
const button = (kind: string) => root.querySelector<HTMLButtonElement>(`button[data-export="${kind}"]`)!;
const status = () => root.querySelector('[role=status]')!.textContent;
const fileText = (href: string) => decodeURIComponent(href.slice(href.indexOf(',') + 1));

describe('ExportPanel', () => {
  it('offers four buttons under a heading, and a polite live region, in English and Arabic', () => {
    show();
    expect([...root.querySelectorAll('button')].map((b) => b.textContent)).toEqual(['Copy as Markdown', 'Download JSON', 'Download CSV', 'Download STIX 2.1']);
    expect(root.querySelector('section')!.getAttribute('aria-labelledby')).toBe('export-heading');
    expect(root.querySelector('[role=status]')!.getAttribute('aria-live')).toBe('polite');
    show('ar');
    expect(button('json').textContent).toBe('نزّل JSON');
  });

  it('copies the page’s mentions as Markdown, every frame’s, and says so', async () => {
    show();
    await act(async () => button('markdown').click());
    await vi.waitFor(() => expect(status()).toBe('Copied'));
    expect(clipboard).toHaveLength(1);
    const md = clipboard[0]!;
    expect(md).toContain('**Page:** Allies blame China');
    expect(md).toContain('<http://127.0.0.1/a.html>');
    expect(md).toContain('Exported 2026-12-06T19:45:12.345Z');
    expect(md).toContain('- **APT40**: The UK named APT40, a group.');
    expect(md).toContain('- **Violet Typhoon**: Violet Typhoon is APT31.');
    expect(saved).toEqual([]);
  });

  it('downloads JSON and CSV named for the time, holding every mention, and says so', async () => {
    show();
    await act(async () => button('json').click());
    await act(async () => button('csv').click());
    expect(saved.map((s) => s.name)).toEqual(['attribution-lens-2026-12-06T19-45-12Z.json', 'attribution-lens-2026-12-06T19-45-12Z.csv']);
    expect(saved[0]!.href.startsWith('data:application/json;charset=utf-8,')).toBe(true);
    const json = JSON.parse(fileText(saved[0]!.href));
    expect(json.page).toEqual({ url: 'http://127.0.0.1/a.html', title: 'Allies blame China' });
    expect(json.mentions.map((m: { entity: string; text: string }) => [m.entity, m.text])).toEqual([['apt40', 'APT40'], ['mss', 'MSS'], ['apt31', 'Violet Typhoon']]);
    const csv = fileText(saved[1]!.href);
    expect(csv.startsWith(`${CSV_BOM}entity,entity_name,text,sentence,page_url,page_title,exported_at\r\n`)).toBe(true);
    expect(csv).toContain(`mss,Ministry of State Security (MSS),MSS,"'=cmd|""/c calc""!A0 said the MSS"`);
    expect(status()).toBe('Downloaded');
  });

  it('downloads a STIX 2.1 bundle whose objects have their required properties', async () => {
    show();
    await act(async () => button('stix').click());
    await vi.waitFor(() => expect(saved).toHaveLength(1));
    expect(saved[0]!.name).toBe('attribution-lens-2026-12-06T19-45-12Z.stix.json');
    const bundle = JSON.parse(fileText(saved[0]!.href));
    expect(stixBundleProblems(bundle)).toEqual([]);
    expect(bundle.objects.map((o: { type: string }) => o.type)).toEqual(['report', 'intrusion-set', 'intrusion-set', 'identity', 'relationship', 'relationship']);
    expect(status()).toBe('Downloaded');
  });

  it('says when copying failed', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText: vi.fn(async () => Promise.reject(new Error('denied'))) } });
    show('ar');
    await act(async () => button('markdown').click());
    await vi.waitFor(() => expect(status()).toBe('تعذّر ذلك. حاول مرة أخرى.'));
  });
});

describe('CopyCitation', () => {
  it('copies the article and the primary statements in the popup’s language', async () => {
    for (const lang of ['en', 'ar'] as const) {
      act(() => render(h(CopyCitation, { lang, strings: POPUP_STRINGS[lang] }), root));
      await act(async () => button('citation').click());
      await vi.waitFor(() => expect(status()).toBe(POPUP_STRINGS[lang].exporting.citationCopied));
    }
    expect(clipboard[0]).toMatch(/^Source article:\nArabic-language daily, citing Reuters, «أمريكا وحلفاؤها[^»]*» \[our translation: “America and its allies/);
    expect(clipboard[0]).toContain('Statements of 19 July 2021:');
    expect(clipboard[0]).toContain('(as reported) 1News');
    expect(clipboard[1]).toMatch(/^المقال المصدر:\n/);
    expect(clipboard[1]).toContain('«أمريكا وحلفاؤها يتهمون الصين في حملة تسلل إلكتروني عالمية»');
  });
});
