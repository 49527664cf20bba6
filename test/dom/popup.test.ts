// @vitest-environment jsdom
import { act } from 'preact/test-utils';
import { beforeEach, describe, expect, it } from 'vitest';
import { dataset } from '../../src/data/dataset';
import type { Lang, TabReport } from '../../src/messaging/protocol';
import { DEFAULT_SETTINGS, type Settings } from '../../src/settings/settings-schema';
import { POPUP_STRINGS } from '../../src/ui/popup/shell/popup-strings';
import { frameReport, mention, readyPage, tabReport } from '../fixtures/reports';
import { popupHarness } from './helpers/popup-harness';

const report = tabReport([
  frameReport([
    mention('a1', 'apt40', 'APT40', 'groups known as APT40 and APT31'),
    mention('a2', 'apt31', 'APT31', 'groups known as APT40 and APT31'),
  ]),
  frameReport([mention('a1', 'apt40', 'APT40', 'in the frame, APT40')], { frameId: 2, url: 'http://127.0.0.1/frame.html' }),
]);
const ready = readyPage(report);
/** The top frame reported a page without mentions. */
const emptyReport = tabReport([frameReport([], { url: 'http://127.0.0.1/b.html', title: 'B', aboutStory: false })]);

const { show, $, $$, text, click, root } = popupHarness(ready);
const tab = (name: string) => $$('[role=tab]').find((t) => text(t) === name)!;

describe('"On this page"', () => {
  it('lists each entity with its count and its mentions as buttons in real lists', () => {
    show();
    expect(text($('.total'))).toBe('3 mentions on this page');
    const groups = $$('.entity-group');
    expect(groups.map((g) => [g.dataset.entity, text(g.querySelector('.count')!)])).toEqual([
      ['apt40', '2 mentions'],
      ['apt31', '1 mention'],
    ]);
    expect($$('ul.entity-groups > li > ul.mentions > li > button.mention')).toHaveLength(3);
    expect(text($('.entity-group mark'))).toBe('APT40');
  });

  it('reveals the chosen mention in its own frame', () => {
    const { onReveal } = show();
    click($$('.entity-group[data-entity=apt40] button.mention')[1]!);
    expect(onReveal).toHaveBeenCalledWith(expect.objectContaining({ id: 'a1', frameId: 2 }));
  });

  it('shows a failed reveal in a live region', () => {
    show({ revealStatus: POPUP_STRINGS.en.revealFailed });
    expect(text($('[role=status].reveal-status'))).toBe(POPUP_STRINGS.en.revealFailed);
  });

  it('says when there are no mentions, and leads to the story', () => {
    show({ page: { ...ready, report: emptyReport } });
    expect(text($('[data-state=empty]'))).toContain(POPUP_STRINGS.en.empty);
    click($('[data-state=empty] button'));
    expect(tab('The story').getAttribute('aria-selected')).toBe('true');
    expect($('#panel-story').hidden).toBe(false);
    expect($('#panel-page').hidden).toBe(true);
  });

  it('waits for the top frame’s report rather than guess "no mentions", then says the page was not read', () => {
    const framesOnly: TabReport = { ...report, frames: report.frames.filter((f) => f.frameId !== 0), total: 1 };
    for (const pending of [null, { tabId: 5, frames: [], total: 0 }, framesOnly]) {
      show({ page: { ...ready, report: pending } });
      expect(text($('#panel-page [role=status]'))).toBe(POPUP_STRINGS.en.loading);
      expect(root().querySelector('[data-state=empty], .entity-group')).toBeNull();
    }
    show({ page: { ...ready, report: { tabId: 5, frames: [], total: 0 }, overdue: true } });
    expect(text($('[data-state=not-read] p'))).toBe(POPUP_STRINGS.en.notRead);
  });

  it('says so on pages the extension cannot read instead of showing an empty list', () => {
    show({ page: { kind: 'unsupported', tabId: 5, reason: 'browser-page' } });
    expect(text($('[data-state=unsupported]'))).toContain(POPUP_STRINGS.en.unsupported['browser-page']);
    expect(root().querySelector('[data-state=empty]')).toBeNull();
  });

  it('says highlighting is off for the site rather than "no mentions"', () => {
    show({ settings: { ...DEFAULT_SETTINGS, disabledSites: ['127.0.0.1'] } });
    expect(text($('.notice p'))).toBe(POPUP_STRINGS.en.siteOff);
    expect(root().querySelector('.entity-group')).toBeNull();
  });
});

describe('language', () => {
  it.each<[Lang, 'ltr' | 'rtl']>([
    ['en', 'ltr'],
    ['ar', 'rtl'],
  ])('lays out %s as %s with its own strings', (lang, dir) => {
    show({ lang });
    expect($('.popup').getAttribute('dir')).toBe(dir);
    expect($('.popup').getAttribute('lang')).toBe(lang);
    expect(text($('h1'))).toBe(POPUP_STRINGS[lang].appName);
    expect($$('[role=tab]').map(text)).toEqual([
      POPUP_STRINGS[lang].onThisPage,
      POPUP_STRINGS[lang].coverage,
      POPUP_STRINGS[lang].story,
      POPUP_STRINGS[lang].settings,
    ]);
    expect(text($('.total'))).toBe(POPUP_STRINGS[lang].totalOnPage(3));
  });

  it('stores the choice from the language switch, in Settings', () => {
    const { onSettingsChange } = show();
    expect(root().querySelector('.popup-header select')).toBeNull();
    click(tab('Settings'));
    const select = $<HTMLSelectElement>('.language-switch select');
    act(() => {
      select.value = 'ar';
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
    expect(onSettingsChange).toHaveBeenCalledWith({ language: 'ar' });
  });
});

describe('section tabs', () => {
  it('moves with the arrow keys, mirrored in Arabic, and with Home and End', () => {
    const press = (key: string) =>
      act(() => {
        (document.activeElement ?? root()).dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true }));
      });
    const selected = () => $$('[role=tab]').findIndex((t) => t.getAttribute('aria-selected') === 'true');

    show({ lang: 'en' });
    $$('[role=tab]')[0]!.focus();
    press('ArrowRight');
    expect(selected()).toBe(1);
    expect(document.activeElement).toBe($$('[role=tab]')[1]);
    press('End');
    expect(selected()).toBe(3);
    press('ArrowRight');
    expect(selected()).toBe(0);

    show({ lang: 'ar' });
    $$('[role=tab]')[selected()]!.focus();
    press('Home');
    expect(selected()).toBe(0);
    press('ArrowLeft');
    expect(selected()).toBe(1);
    // Only the selected tab is in the tab order.
    expect($$('[role=tab]').map((t) => t.tabIndex)).toEqual([-1, 0, -1, -1]);
  });
});

describe('"The story"', () => {
  beforeEach(() => {
    show();
    click(tab('The story'));
  });

  it('shows every claim with its article sentence', () => {
    const claims = $$('#panel-story li.claim');
    expect(claims.map((c) => c.dataset.claim).sort()).toEqual(dataset.claims.map((c) => c.id).sort());
    for (const c of claims) {
      const sentence = dataset.article.sentences.find((s) => s.id === c.dataset.sentence)!;
      expect(c.querySelector('blockquote[lang=ar][dir=rtl]')?.textContent).toBe(sentence.ar);
      expect(c.querySelector('.rendering[lang=en]')?.textContent).toContain(sentence.en);
      expect(text(c)).toContain(`Article, sentence ${dataset.article.sentences.indexOf(sentence) + 1}`);
    }
  });

  it('lists the coalition, the accused, China’s response and the timeline', () => {
    expect($$('.coalition li').map(text)).toEqual(dataset.coalition.map((m) => m.name.en));
    expect($$('.accused li').map((li) => li.dataset.entity).sort()).toEqual(['apt31', 'apt40', 'exchange-hack', 'mss']);
    expect($$('.china-response li')).toHaveLength(dataset.statements.filter((s) => s.side === 'china').length);
    expect($$('ol.timeline > li')).toHaveLength(dataset.timeline.length);
  });

  it('links every online source in a new tab without giving it the opener', () => {
    const links = $$('.sources a') as HTMLAnchorElement[];
    expect(links.map((a) => a.href)).toEqual(dataset.sources.filter((s) => s.url).map((s) => s.url));
    for (const a of $$('#panel-story a') as HTMLAnchorElement[]) {
      expect(a.target).toBe('_blank');
      expect(a.rel.split(' ')).toContain('noopener');
      expect(a.protocol).toBe('https:');
    }
    // The article itself is not online: named, not linked.
    expect(text($('.sources li[data-source=article]'))).toContain(POPUP_STRINGS.en.noLink);
  });
});

describe('"The story" tells who said what, and where each wording comes from', () => {
  const row = (id: string) => $(`.who-said-what tr[data-statement="${id}"]`);
  const entitiesIn = (id: string) => [...row(id).querySelectorAll<HTMLElement>('li[data-entity]')].map((li) => li.dataset.entity);

  it('has a row per government or body, each attribution in its own words with an https address', () => {
    show();
    click(tab('The story'));
    expect($$('.who-said-what tbody tr').map((tr) => tr.dataset.statement)).toEqual(dataset.statements.map((s) => s.id));
    expect(entitiesIn('jp')).toEqual(['apt40']);
    expect(text(row('jp'))).toContain('highly likely');
    expect(entitiesIn('nato')).toEqual(['exchange-hack']);
    expect(text(row('nato'))).toContain('We acknowledge national statements by Allies');
    expect(entitiesIn('eu')).not.toContain('mss');
    expect(text(row('eu'))).toContain('from the territory of China');
    expect(text(row('cn-embassy-us'))).toContain('irresponsible');
    for (const q of $$('.who-said-what q')) {
      expect(q.getAttribute('lang')).toBe('en');
      expect(q.getAttribute('cite')).toMatch(/^https:\/\//);
    }
  });

  it('names for each accused entity only the governments that attributed it', () => {
    show();
    click(tab('The story'));
    const by = (id: string) => text($(`.accused li[data-entity="${id}"] .accused-by`));
    expect(by('mss')).toBe('Attributed by: United States, United Kingdom, Australia, New Zealand, Canada');
    expect(by('apt31')).toBe('Attributed by: European Union, United Kingdom');
    expect(by('exchange-hack')).not.toContain('Japan');
  });

  it('signs no narration, marks a quote as the article’s wording and shows the original beside it with what differs', () => {
    show();
    click(tab('The story'));
    const opening = $('li.claim[data-claim="accused-mss"]');
    expect(opening.querySelector('.speaker')).toBeNull();
    expect(text(opening.querySelector('.narration')!)).toBe(POPUP_STRINGS.en.narration);
    const borrell = $('li.claim[data-claim="borrell-exchange"]');
    expect(text(borrell.querySelector('.wording')!)).toBe(POPUP_STRINGS.en.articleWording);
    expect(text(borrell.querySelector('.own-words blockquote')!)).toMatch(/^The compromise and exploitation of the Microsoft Exchange server/);
    expect(text(borrell.querySelector('.differs')!)).toContain('territory of China');
    expect(text($('li.claim[data-claim="official-ttps"] .check'))).toContain('NSA, CISA and the FBI');
  });

  it('reads in Arabic, keeping each statement’s own words in English', () => {
    show({ lang: 'ar' });
    click(tab(POPUP_STRINGS.ar.story));
    expect(text($('#story-said'))).toBe(POPUP_STRINGS.ar.whoSaidWhat);
    expect(text(row('jp').querySelector('th')!)).toContain('اليابان');
    expect(row('jp').querySelector('q')?.getAttribute('lang')).toBe('en');
    expect(text($('li.claim[data-claim="ransom"] .differs'))).toMatch(/[\u0600-\u06FF]/);
  });
});

describe('settings', () => {
  it('switches all sites and each entity', () => {
    const { onSettingsChange } = show();
    click(tab('Settings'));
    click($('input[name=enabled]'));
    expect(onSettingsChange).toHaveBeenLastCalledWith({ enabled: false });
    click($('input[name=entity-mss]'));
    expect(onSettingsChange).toHaveBeenLastCalledWith({ entities: { ...DEFAULT_SETTINGS.entities, mss: false } });
    // This site's switch is in the header, not here.
    expect($('.settings').querySelector('input[name=site]')).toBeNull();
  });

  it('every control has an accessible name from its label', () => {
    show();
    click(tab('Settings'));
    for (const input of $$('input, select')) expect(text(input.closest('label')!)).not.toBe('');
  });
});

describe('the header’s switch for this site', () => {
  it('names the site by its registrable domain and switches it, from any section', () => {
    const settings: Settings = { ...DEFAULT_SETTINGS, disabledSites: ['other.example'] };
    const { onSettingsChange } = show({ settings, page: { ...ready, host: 'www.news.example.co.uk' } });
    const input = $<HTMLInputElement>('.popup-header input[name=site]');
    expect(input.getAttribute('role')).toBe('switch');
    expect(input.checked).toBe(true);
    expect(text($('.popup-header .site-switch'))).toBe('Highlight on this site example.co.uk');
    click(tab('The story'));
    click($('.popup-header input[name=site]'));
    expect(onSettingsChange).toHaveBeenLastCalledWith({ disabledSites: ['other.example', 'example.co.uk'] });
  });

  it('is off where the site is switched off (www. and the bare domain are one), and turning it on removes the entry', () => {
    const settings: Settings = { ...DEFAULT_SETTINGS, disabledSites: ['example.org'] };
    const { onSettingsChange } = show({ settings, page: { ...ready, host: 'www.example.org' } });
    expect($<HTMLInputElement>('input[name=site]').checked).toBe(false);
    click($('input[name=site]'));
    expect(onSettingsChange).toHaveBeenLastCalledWith({ disabledSites: [] });
  });

  it('is disabled while highlighting is off everywhere, and absent where nothing can be highlighted', () => {
    show({ settings: { ...DEFAULT_SETTINGS, enabled: false } });
    expect($<HTMLInputElement>('input[name=site]').disabled).toBe(true);
    show({ page: { kind: 'unsupported', tabId: 5, reason: 'pdf' } });
    expect(root().querySelector('input[name=site]')).toBeNull();
    expect(text($('.popup-header h1'))).toBe('Attribution Lens');
  });

  it('is named in Arabic, the domain kept left to right', () => {
    show({ lang: 'ar' });
    expect(text($('.site-switch'))).toBe(`${POPUP_STRINGS.ar.highlightSite} 127.0.0.1`);
    expect($('.site-switch bdi').getAttribute('dir')).toBe('ltr');
  });
});
