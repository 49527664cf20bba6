/**
 * Renders the popup view from plain props in jsdom, and finds things in it: what the popup's
 * DOM tests share. Call at a test file's top level; each test gets a fresh root.
 */
import { h, render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, vi } from 'vitest';
import { DEFAULT_SETTINGS, type Settings } from '../../../src/settings/settings-schema';
import type { PageState } from '../../../src/ui/popup/shell/page-state';
import { Popup, type PopupProps } from '../../../src/ui/popup/shell/popup';
import { queries, text } from './query';

export function popupHarness(page: PageState, defaults: Partial<PopupProps> = {}) {
  let root: HTMLElement = document.createElement('div');
  beforeEach(() => {
    root = document.createElement('div');
    document.body.replaceChildren(root);
  });
  afterEach(() => render(null, root));

  /** Renders the popup (again, in place) with the defaults and `overrides`; returns the props. */
  const show = (overrides: Partial<PopupProps> = {}): PopupProps => {
    const props: PopupProps = {
      lang: 'en',
      settings: structuredClone(DEFAULT_SETTINGS) as Settings,
      page,
      revealStatus: '',
      onSettingsChange: vi.fn(),
      onReveal: vi.fn(),
      coverage: { load: vi.fn(() => new Promise<never>(() => undefined)), reveal: vi.fn(async () => true) },
      ...defaults,
      ...overrides,
    };
    act(() => render(h(Popup, props), root));
    return props;
  };
  const { $, $$ } = queries(() => root);
  const click = (el: HTMLElement) => act(() => el.click());
  return { show, $, $$, text, click, root: () => root };
}
