import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { dataset } from '../../src/data/dataset';
import {
  browserOf,
  bugsUrlOf,
  buildProblemReport,
  newIssueUrl,
  reportMarkdown,
  type ProblemInput,
} from '../../src/ui/popup/report/problem-report';
import { POPUP_STRINGS } from '../../src/ui/popup/shell/popup-strings';

const names = (id: string) => dataset.entities.find((e) => e.id === id)!.names.en;
const input: ProblemInput = {
  kind: 'false-positive',
  pageUrl: 'https://news.example/a',
  text: '  the\nLeviathan ',
  around: '… the  sea monster\nLeviathan …',
  highlightedAs: 'apt40',
  entity: null,
  expected: '',
  browser: 'Chrome 156',
  version: '0.1.0',
  dataChecked: '6 December 2026',
};
const build = (over: Partial<ProblemInput> = {}, lang: 'en' | 'ar' = 'en') =>
  buildProblemReport({ ...input, ...over }, POPUP_STRINGS[lang].report, names);

describe('buildProblemReport', () => {
  it('follows the README’s template, each field on one line', () => {
    const report = build();
    expect(report.title).toBe('[false positive] the Leviathan');
    expect(report.body.split('\n')).toEqual([
      '- **Page address:** https://news.example/a',
      '- **Text on the page:** `the Leviathan`',
      '- **Words around it:** … the sea monster Leviathan …',
      '- **Entity:** APT40 (`apt40`)',
      '- **What the extension did:** highlighted it as APT40 (`apt40`)',
      '- **What you expected:** not highlighted',
      '- **Browser and version:** Chrome 156',
      '- **Attribution Lens:** 0.1.0, data checked 6 December 2026',
    ]);
    expect(reportMarkdown(report)).toBe(`## ${report.title}\n\n${report.body}\n`);
  });

  it('keeps user text from breaking the Markdown (new lines, back-ticks)', () => {
    const body = build({ text: 'a`b', expected: 'line one\n\n# not a heading' }).body;
    expect(body).toContain('`a\'b`');
    expect(body).toContain('- **What you expected:** line one # not a heading');
    expect(body.split('\n')).toHaveLength(8);
  });

  it('says what a missed name and a wrong entity imply', () => {
    const missed = build({ kind: 'missed-name', highlightedAs: null, entity: 'mss', around: '' }).body;
    expect(missed).toContain('- **What the extension did:** nothing');
    expect(missed).toContain('- **Entity:** Ministry of State Security (MSS) (`mss`)');
    expect(missed).not.toContain('Words around it');
    const wrong = build({ kind: 'wrong-entity', highlightedAs: 'apt31', entity: 'apt40' }).body;
    expect(wrong).toContain('- **What the extension did:** highlighted it as APT31 (`apt31`)');
    expect(wrong).toContain('- **What you expected:** highlighted as APT40 (`apt40`)');
  });

  it('marks what was not given, and writes Arabic with Arabic labels', () => {
    expect(build({ text: ' ' }).title).toBe('[false positive] (not given)');
    const ar = build({}, 'ar');
    expect(ar.title).toBe('[إبراز خاطئ] the Leviathan');
    expect(ar.body).toContain('- **ما فعلته الإضافة:** أبرزته على أنه APT40 (`apt40`)');
    expect(ar.body).toContain('- **عدسة الإسناد:** الإصدار 0.1.0، تاريخ التحقق من البيانات 6 December 2026');
  });
});

describe('newIssueUrl', () => {
  const report = build();
  it('is null without a tracker, or with one that is not https', () => {
    expect(newIssueUrl(null, report)).toBeNull();
    expect(newIssueUrl('http://example.org/issues', report)).toBeNull();
    expect(newIssueUrl('not a url', report)).toBeNull();
  });
  it('prefills a new issue’s title and body', () => {
    const url = new URL(newIssueUrl('https://github.com/o/r/issues/', report)!);
    expect(url.pathname).toBe('/o/r/issues/new');
    expect(url.searchParams.get('title')).toBe(report.title);
    expect(url.searchParams.get('body')).toBe(report.body);
  });
});

describe('bugsUrlOf', () => {
  it('reads package.json’s bugs.url in either form', () => {
    expect(bugsUrlOf({ bugs: { url: 'https://x.example/issues' } })).toBe('https://x.example/issues');
    expect(bugsUrlOf({ bugs: 'https://x.example/issues' })).toBe('https://x.example/issues');
    expect(bugsUrlOf({ bugs: { email: 'a@b.example' } })).toBeNull();
    expect(bugsUrlOf({})).toBeNull();
    expect(bugsUrlOf(null)).toBeNull();
  });
  it('finds none in this project’s package.json today, so the popup offers no "Open as a new issue"', () => {
    const pkg: unknown = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));
    expect(bugsUrlOf(pkg)).toBeNull();
  });
});

describe('browserOf', () => {
  it('names the browser and its major version', () => {
    expect(browserOf('Mozilla/5.0 (X11; Linux x86_64; rv:140.0) Gecko/20100101 Firefox/140.0')).toBe('Firefox 140');
    expect(browserOf('Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0.0.0 Safari/537.36')).toBe('Chrome 156');
    expect(browserOf('Mozilla/5.0 … Chrome/130.0.0.0 Safari/537.36 Edg/130.0.0.0')).toBe('Edge 130');
    expect(browserOf('Something else')).toBe('Something else');
  });
});

describe('the dataset’s date', () => {
  it('is the day docs/fact-check.md says the facts were checked', () => {
    const doc = readFileSync(new URL('../../docs/fact-check.md', import.meta.url), 'utf8');
    const said = /Checked on (\d{1,2} \w+ \d{4})/.exec(doc)?.[1];
    expect(said).toBeDefined();
    expect(new Date(`${said} UTC`).toISOString().slice(0, 10)).toBe(dataset.checked);
  });
});
