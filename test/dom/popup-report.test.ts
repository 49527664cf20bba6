// @vitest-environment jsdom
// "Report a problem": prepared on the user's click, copied as Markdown; nothing is sent.
import { act } from 'preact/test-utils';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { POPUP_STRINGS } from '../../src/ui/popup/shell/popup-strings';
import { frameReport, mention, readyPage, tabReport } from '../fixtures/reports';
import { popupHarness } from './helpers/popup-harness';

const report = tabReport([
  frameReport(
    [
      mention('a1', 'apt40', 'Leviathan', 'the sea monster Leviathan rose', 'Then the sea monster Leviathan rose.'),
      mention('a2', 'apt31', 'APT31', 'groups known as APT31', 'The groups known as APT31 were named.'),
    ],
    { url: 'https://news.example/story', title: 'A story' },
  ),
]);
const page = readyPage(report, { host: 'news.example', url: 'https://news.example/story' });

const { show, $, text, click, root: rootOf } = popupHarness(page, { version: '0.1.0', browser: 'Firefox 140', bugsUrl: null });
let writeText: ReturnType<typeof vi.fn<(text: string) => Promise<void>>>;
beforeEach(() => {
  writeText = vi.fn(async () => undefined);
  Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
});
const choose = (selector: string, value: string) =>
  act(() => {
    const select = $<HTMLSelectElement>(selector);
    select.value = value;
    select.dispatchEvent(new Event('change', { bubbles: true }));
  });
const type = (selector: string, value: string) =>
  act(() => {
    const field = $<HTMLInputElement | HTMLTextAreaElement>(selector);
    field.value = value;
    field.dispatchEvent(new Event('input', { bubbles: true }));
  });
const preview = () => $<HTMLTextAreaElement>('textarea[name=preview]').value;
const openReport = () => click($('footer button.report-problem'));

describe('Report a problem', () => {
  it('opens on the user’s click in place of the sections, at its heading, and goes back', async () => {
    show();
    expect(rootOf().querySelector('.report')).toBeNull();
    openReport();
    expect(rootOf().querySelector('[role=tablist]')).toBeNull();
    expect(document.activeElement).toBe($('#report-heading'));
    expect($('footer button.report-problem').getAttribute('aria-expanded')).toBe('true');
    expect(text($('.report .hint'))).toBe(POPUP_STRINGS.en.report.intro);
    click($('button.report-close'));
    await act(async () => undefined);
    expect(rootOf().querySelector('.report')).toBeNull();
    expect(rootOf().querySelector('[role=tablist]')).not.toBeNull();
    expect(document.activeElement).toBe($('footer button.report-problem'));
  });

  it('reports a false positive picked from the page’s list, and copies it as Markdown', async () => {
    show();
    openReport();
    expect($<HTMLInputElement>('input[name=kind][value=false-positive]').checked).toBe(true);
    expect([...rootOf().querySelectorAll('select[name=mention] option')].map((o) => text(o))).toEqual([
      POPUP_STRINGS.en.report.mentionNone,
      '1. APT40: Leviathan',
      '2. APT31: APT31',
    ]);
    choose('select[name=mention]', '0:a1');
    expect($<HTMLInputElement>('input[name=text]').value).toBe('Leviathan');
    // A false positive names no entity of its own: the highlight's is reported.
    expect(rootOf().querySelector('select[name=entity]')).toBeNull();
    type('textarea[name=expected]', 'Not highlighted: the sea monster, not the group.');
    expect(preview()).toBe(
      [
        '## [false positive] Leviathan',
        '',
        '- **Page address:** https://news.example/story',
        '- **Text on the page:** `Leviathan`',
        '- **Words around it:** the sea monster Leviathan rose',
        '- **Entity:** APT40 (`apt40`)',
        '- **What the extension did:** highlighted it as APT40 (`apt40`)',
        '- **What you expected:** Not highlighted: the sea monster, not the group.',
        '- **Browser and version:** Firefox 140',
        '- **Attribution Lens:** 0.1.0, data checked 6 December 2026',
        '',
      ].join('\n'),
    );
    await act(async () => $('button.copy-report').click());
    expect(writeText).toHaveBeenCalledWith(preview());
    expect(text($('.report-status[role=status]'))).toBe(POPUP_STRINGS.en.report.copied);
  });

  it('reports a missed name typed by the user, with the entity they choose', () => {
    show();
    openReport();
    click($('input[name=kind][value=missed-name]'));
    // A missed name is not on the list of highlights.
    expect(rootOf().querySelector('select[name=mention]')).toBeNull();
    type('input[name=text]', 'Bronze Mohawk');
    choose('select[name=entity]', 'apt40');
    const md = preview();
    expect(md.split('\n')[0]).toBe('## [missed name] Bronze Mohawk');
    expect(md).toContain('- **Entity:** APT40 (`apt40`)');
    expect(md).toContain('- **What the extension did:** nothing');
    // Left empty, "what you expected" says what the kind implies.
    expect(md).toContain('- **What you expected:** highlighted as APT40 (`apt40`)');
    expect(md).not.toContain('Words around it');
  });

  it('reports a wrong entity: what it was highlighted as and what it names', () => {
    show();
    openReport();
    click($('input[name=kind][value=wrong-entity]'));
    choose('select[name=mention]', '0:a2');
    choose('select[name=entity]', 'mss');
    const md = preview();
    expect(md).toContain('- **Entity:** Ministry of State Security (MSS) (`mss`)');
    expect(md).toContain('- **What the extension did:** highlighted it as APT31 (`apt31`)');
    expect(md).toContain('- **What you expected:** highlighted as Ministry of State Security (MSS) (`mss`)');
  });

  it('offers "Open as a new issue" only when the project has an issue tracker', () => {
    show();
    openReport();
    expect(rootOf().querySelector('a.open-issue')).toBeNull();
    expect(text($('.report-actions'))).toBe('Copy report');

    show({ bugsUrl: 'https://github.com/example/attribution-lens/issues' });
    choose('select[name=mention]', '0:a1');
    const link = $<HTMLAnchorElement>('a.open-issue');
    expect(text(link)).toBe('Open as a new issue');
    expect(link.target).toBe('_blank');
    expect(link.rel).toContain('noopener');
    const url = new URL(link.href);
    expect(`${url.origin}${url.pathname}`).toBe('https://github.com/example/attribution-lens/issues/new');
    expect(url.searchParams.get('title')).toBe('[false positive] Leviathan');
    expect(url.searchParams.get('body')).toContain('- **Page address:** https://news.example/story');
  });

  it('says so when the clipboard is refused, and the report stays there to copy by hand', async () => {
    writeText.mockRejectedValueOnce(new Error('denied'));
    show();
    openReport();
    await act(async () => $('button.copy-report').click());
    expect(text($('.report-status'))).toBe(POPUP_STRINGS.en.report.copyFailed);
    expect($<HTMLTextAreaElement>('textarea[name=preview]').readOnly).toBe(true);
  });

  it('is in Arabic, with the report in Arabic and the page’s words as written', () => {
    show({ lang: 'ar' });
    openReport();
    expect(text($('#report-heading'))).toBe(POPUP_STRINGS.ar.reportProblem);
    choose('select[name=mention]', '0:a1');
    const md = preview();
    expect(md.split('\n')[0]).toBe('## [إبراز خاطئ] Leviathan');
    expect(md).toContain('- **عنوان الصفحة:** https://news.example/story');
    expect(md).toContain('- **ما توقعته:** ألا يُبرز');
    for (const field of rootOf().querySelectorAll('.report input, .report select, .report textarea')) {
      expect(text(field.closest('label')!)).not.toBe('');
    }
  });

  it('works on a page the extension cannot read: the text is typed, the address not known', () => {
    show({ page: { kind: 'unsupported', tabId: 5, reason: 'pdf' } });
    openReport();
    expect(rootOf().querySelector('select[name=mention]')).toBeNull();
    type('input[name=text]', 'APT 40');
    expect(preview()).toContain('- **Page address:** (not given)');
  });
});
