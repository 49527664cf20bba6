// @vitest-environment jsdom
/**
 * The options page as a view (src/ui/options/options-page.tsx) over settings kept in a test
 * component, as the store would keep them: the switched-off sites (removing, adding, refusing
 * what is not a site), the entities and the global switch, what opens the card, the shortcuts
 * and how to change them, and Arabic right to left. Also the popup's link to this page.
 */
import { h, render } from 'preact';
import { useState } from 'preact/hooks';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { dataset } from '../../src/data/dataset';
import { DEFAULT_SETTINGS, type Settings } from '../../src/settings/settings-schema';
import { OptionsPage, type OptionsPageProps } from '../../src/ui/options/options-page';
import { optionsStrings } from '../../src/ui/options/options-strings';
import { Popup } from '../../src/ui/popup/shell/popup';
import { queries, text } from './helpers/query';

const en = optionsStrings('en');
let root: HTMLElement;
beforeEach(() => {
  vi.useFakeTimers();
  root = document.createElement('div');
  document.body.replaceChildren(root);
});
afterEach(() => {
  render(null, root);
  vi.useRealTimers();
});

const defaults = (): Settings => structuredClone(DEFAULT_SETTINGS) as Settings;

/** Renders the page over settings that follow its changes; returns the spies and the latest settings. */
function show(overrides: Partial<OptionsPageProps> = {}, initial: Settings = defaults()) {
  const onSettingsChange = vi.fn();
  const onOpenShortcuts = vi.fn();
  const state = { settings: initial };
  function Harness() {
    const [settings, setSettings] = useState(initial);
    state.settings = settings;
    return h(OptionsPage, {
      lang: 'en',
      settings,
      shortcuts: [
        { direction: 'next', keys: 'Alt+Shift+L' },
        { direction: 'previous', keys: '' },
      ],
      browser: 'chrome',
      onSettingsChange: (change: Partial<Settings>) => {
        onSettingsChange(change);
        setSettings((s) => ({ ...s, ...change }));
      },
      onOpenShortcuts,
      ...overrides,
    });
  }
  act(() => render(h(Harness, null), root));
  return { onSettingsChange, onOpenShortcuts, state };
}

const { $, $$ } = queries(() => root);
const listed = () => $$('.off-sites li .host').map(text);

/** Types into the add field and submits the form, as a user pressing Enter would. */
function addSite(value: string) {
  const input = $<HTMLInputElement>('#add-site-input');
  act(() => {
    input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
  act(() => {
    $<HTMLFormElement>('form.add-site').dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
  });
}

describe('the switched-off sites', () => {
  it('says when there are none', () => {
    show();
    expect(listed()).toEqual([]);
    expect(text($('.off-sites-empty'))).toBe(en.noOffSites);
  });

  it('lists each site with a remove button named for it; removing one keeps the others and says so', () => {
    const { onSettingsChange, state } = show({}, { ...defaults(), disabledSites: ['example.com', '127.0.0.1'] });
    expect(listed()).toEqual(['example.com', '127.0.0.1']);
    const remove = $$('.remove-site');
    expect(remove.map((b) => b.getAttribute('aria-label'))).toEqual(['Remove example.com', 'Remove 127.0.0.1']);
    act(() => remove[0]!.click());
    expect(onSettingsChange).toHaveBeenLastCalledWith({ disabledSites: ['127.0.0.1'] });
    expect(state.settings.disabledSites).toEqual(['127.0.0.1']);
    expect(listed()).toEqual(['127.0.0.1']);
    expect(text($('[role=status]'))).toBe(en.removed('example.com'));
    // The removed row's button is gone: the keyboard lands on the field.
    expect(document.activeElement).toBe($('#add-site-input'));
  });

  it('adds what is typed as its registrable domain, and clears the field', () => {
    const { state } = show();
    addSite('https://www.news.bbc.co.uk/world?x=1');
    expect(state.settings.disabledSites).toEqual(['bbc.co.uk']);
    addSite('localhost:5173');
    addSite('127.0.0.1');
    expect(listed()).toEqual(['bbc.co.uk', 'localhost', '127.0.0.1']);
    expect($<HTMLInputElement>('#add-site-input').value).toBe('');
    expect(text($('[role=status]'))).toBe(en.added('127.0.0.1'));
    expect($('#add-site-input').getAttribute('aria-invalid')).toBe('false');
  });

  it('adding a domain replaces the host names it covers (stored before sites were domains)', () => {
    const { state } = show({}, { ...defaults(), disabledSites: ['www.example.com', 'other.org'] });
    addSite('example.com');
    expect(state.settings.disabledSites).toEqual(['other.org', 'example.com']);
  });

  it.each([
    ['', en.siteError.empty],
    ['not a site', en.siteError.invalid],
    ['co.uk', en.siteError['shared-suffix']],
    ['file:///home/me/page.html', en.siteError['not-web']],
  ])('refuses %j with a clear message, stores nothing, and keeps what was typed', (typed, message) => {
    const { onSettingsChange } = show();
    addSite(typed);
    expect(onSettingsChange).not.toHaveBeenCalled();
    const error = $('#add-site-error');
    expect(error.getAttribute('role')).toBe('alert');
    expect(text(error)).toBe(message);
    const input = $<HTMLInputElement>('#add-site-input');
    expect(input.value).toBe(typed);
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(input.getAttribute('aria-describedby')).toContain('add-site-error');
  });

  it('says a site is already there when one listed covers it (www. and the bare domain are one)', () => {
    const { onSettingsChange } = show({}, { ...defaults(), disabledSites: ['example.com'] });
    addSite('http://www.example.com/page');
    expect(onSettingsChange).not.toHaveBeenCalled();
    expect(text($('#add-site-error'))).toBe(en.alreadyOff('example.com'));
    // The next good entry clears the error.
    addSite('example.org');
    expect(text($('#add-site-error'))).toBe('');
    expect(listed()).toEqual(['example.com', 'example.org']);
  });
});

describe('highlighting and the card', () => {
  it('switches highlighting everywhere and each entity; the entities are disabled while it is off', () => {
    const { onSettingsChange } = show();
    const boxes = $$('input[name^="entity-"]') as HTMLInputElement[];
    expect(boxes.map((b) => b.name)).toEqual(dataset.entities.map((e) => `entity-${e.id}`));
    expect(boxes.every((b) => b.checked)).toBe(true);
    act(() => $('input[name="entity-mss"]').click());
    expect(onSettingsChange).toHaveBeenLastCalledWith({ entities: { ...DEFAULT_SETTINGS.entities, mss: false } });
    expect($<HTMLInputElement>('input[name="entity-mss"]').checked).toBe(false);
    act(() => $('input[name="enabled"]').click());
    expect(onSettingsChange).toHaveBeenLastCalledWith({ enabled: false });
    expect($<HTMLFieldSetElement>('fieldset').disabled).toBe(true);
  });

  it('chooses what opens the card from a radio group: hover (the default), click or off', () => {
    const { onSettingsChange, state } = show();
    const radios = $$('input[name="cardTrigger"]') as HTMLInputElement[];
    expect(radios.map((r) => [r.value, r.checked])).toEqual([
      ['hover', true],
      ['click', false],
      ['off', false],
    ]);
    expect(text(radios[0]!.closest('fieldset')!.querySelector('legend')!)).toBe(en.cardTrigger);
    act(() => radios[1]!.click());
    expect(onSettingsChange).toHaveBeenLastCalledWith({ cardTrigger: 'click' });
    expect(state.settings.cardTrigger).toBe('click');
    act(() => radios[2]!.click());
    expect(state.settings.cardTrigger).toBe('off');
  });
});

describe('the keyboard shortcuts', () => {
  it('lists both commands with their keys, "not set" where the user cleared them', () => {
    show();
    const rows = $$('.shortcuts tbody tr').map((r) => [r.dataset.direction, text(r.querySelector('th')!), text(r.querySelector('td')!)]);
    expect(rows).toEqual([
      ['next', en.command.next, 'Alt+Shift+L'],
      ['previous', en.command.previous, en.noKeys],
    ]);
  });

  it('says how to change them in each browser, and the button asks to open the browser’s page', () => {
    const { onOpenShortcuts } = show();
    expect(text($('#shortcuts-title').parentElement!)).toContain('chrome://extensions/shortcuts');
    act(() => $('.open-shortcuts').click());
    expect(onOpenShortcuts).toHaveBeenCalledTimes(1);
    act(() => render(null, root));
    show({ browser: 'firefox' });
    expect(text($('#shortcuts-title').parentElement!)).toContain('Manage Extension Shortcuts');
  });

  it('says so when the browser did not tell', () => {
    show({ shortcuts: null });
    expect(root.querySelector('.shortcuts')).toBeNull();
    expect(text($('#shortcuts-title').parentElement!)).toContain(en.shortcutsUnknown);
  });
});

describe('in Arabic', () => {
  it('is right to left, with Arabic texts and the sites still written left to right', () => {
    show({ lang: 'ar' }, { ...defaults(), disabledSites: ['example.com'] });
    const page = $('.options');
    expect([page.lang, page.dir]).toEqual(['ar', 'rtl']);
    const ar = optionsStrings('ar');
    expect(text($('h1'))).toBe(ar.title);
    expect(text($('#off-sites-title'))).toBe(ar.offSites);
    expect($('.off-sites .host').getAttribute('dir')).toBe('ltr');
    expect($('.remove-site').getAttribute('aria-label')).toBe(ar.remove('example.com'));
    expect($$('input[name^="entity-"]').map((b) => text(b.parentElement!))).toEqual(dataset.entities.map((e) => e.names.ar));
  });

  it('has every English string in Arabic, none left in English, with Arabic commas', () => {
    const flat = (v: unknown): string[] =>
      typeof v === 'string' ? [v] : typeof v === 'function' ? [String((v as (s: string) => string)('x.example'))] : Object.values(v as object).flatMap(flat);
    const ar = flat(optionsStrings('ar'));
    expect(ar.length).toBe(flat(en).length);
    for (const s of ar) {
      expect(s, s).toMatch(/[\u0600-\u06ff]/);
      expect(s.replace(/[a-z]+:\/\/\S+|[\w.-]+\.[a-z]{2,}|about:addons/gi, ''), s).not.toContain(',');
    }
  });
});

describe('the popup’s link to this page', () => {
  it('shows "All settings" in the settings section and asks to open the options page', () => {
    const onOpenOptions = vi.fn();
    act(() =>
      render(
        h(Popup, {
          lang: 'en',
          settings: defaults(),
          page: { kind: 'no-tab' },
          revealStatus: '',
          onSettingsChange: vi.fn(),
          onReveal: vi.fn(),
          coverage: { load: vi.fn(() => new Promise<never>(() => undefined)), reveal: vi.fn(async () => true) },
          onOpenOptions,
        }),
        root,
      ),
    );
    act(() => $$('[role=tab]').find((t) => text(t) === 'Settings')!.click());
    const link = $('.all-settings');
    expect(text(link)).toBe('All settings');
    act(() => link.click());
    expect(onOpenOptions).toHaveBeenCalledTimes(1);
  });
});
