// @vitest-environment jsdom
// The popup's frame around the sections: the colour legend and entity-coloured snippets,
// long lists capped per entity, and the footer.
import { act } from 'preact/test-utils';
import { describe, expect, it } from 'vitest';
import { dataset } from '../../src/data/dataset';
import type { EntityId } from '../../src/core';
import type { MentionSummary } from '../../src/messaging/protocol';
import { DEFAULT_SETTINGS } from '../../src/settings/settings-schema';
import { ENTITY_PALETTE } from '../../src/ui/entity-palette';
import { MENTIONS_SHOWN } from '../../src/ui/popup/mentions/mentions-section';
import { POPUP_STRINGS } from '../../src/ui/popup/shell/popup-strings';
import { frameReport, mention, readyPage, tabReport } from '../fixtures/reports';
import { popupHarness } from './helpers/popup-harness';

/** The `i`th mention of `entity` on a long page. */
const numbered = (entity: EntityId, i: number): MentionSummary => {
  const name = entity === 'mss' ? 'MSS' : 'APT40';
  return mention(`${entity}-${i}`, entity, name, `… number ${i}: ${name} again …`, `Number ${i}: ${name} again.`);
};
const pageWith = (mentions: MentionSummary[]) =>
  readyPage(tabReport([frameReport(mentions, { url: 'https://news.example/a' })]), { host: 'news.example', url: 'https://news.example/a' });

const { show, $, $$, text } = popupHarness(pageWith([numbered('apt40', 1), numbered('mss', 2)]), { version: '0.1.0' });
/** A #rrggbb or #rgb colour as the rgb() text the DOM gives back. */
const rgb = (hex: string) => {
  const full = hex.length === 4 ? `#${[...hex.slice(1)].map((c) => c + c).join('')}` : hex;
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(full.slice(i, i + 2), 16));
  return `rgb(${r}, ${g}, ${b})`;
};

describe('the colour legend', () => {
  it('comes first in "On this page": each entity’s colour beside its name, in the page’s palette', () => {
    show();
    const legend = $('#panel-page .legend');
    expect(legend.compareDocumentPosition($('#panel-page .entity-groups')) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(text($('#legend-heading'))).toBe('Colours on the page');
    const items = [...legend.querySelectorAll<HTMLElement>('li')];
    expect(items.map((li) => li.dataset.entity)).toEqual(dataset.entities.map((e) => e.id));
    for (const li of items) {
      const id = li.dataset.entity as EntityId;
      expect(text(li)).toBe(dataset.entities.find((e) => e.id === id)!.names.en);
      const swatch = li.querySelector<HTMLElement>('.swatch')!;
      expect(swatch.style.background).toBe(rgb(ENTITY_PALETTE[id].background));
      expect(swatch.getAttribute('aria-hidden')).toBe('true');
    }
  });

  it('says which entities are not highlighted, in either language', () => {
    show({ settings: { ...DEFAULT_SETTINGS, entities: { ...DEFAULT_SETTINGS.entities, apt31: false } } });
    expect(text($('.legend li[data-entity=apt31]'))).toBe('APT31 (not highlighted)');
    expect($('.legend li[data-entity=apt40]').dataset.off).toBeUndefined();
    show({ lang: 'ar' });
    expect(text($('#legend-heading'))).toBe(POPUP_STRINGS.ar.legend);
    expect(text($('.legend li[data-entity=mss]'))).toBe(dataset.entities.find((e) => e.id === 'mss')!.names.ar);
  });

  it('is there before the page is read and on pages without mentions', () => {
    show({ page: { ...pageWith([]), report: null } });
    expect($$('.legend li')).toHaveLength(4);
    show({ page: pageWith([]) });
    expect($('[data-state=empty]')).toBeTruthy();
    expect($$('.legend li')).toHaveLength(4);
  });
});

describe('snippets', () => {
  it('mark each name in its entity’s colour, with the palette’s text colour, not yellow', () => {
    show();
    for (const id of ['apt40', 'mss'] as const) {
      const mark = $(`.entity-group[data-entity=${id}] .mention mark`);
      expect(mark.style.background).toBe(rgb(ENTITY_PALETTE[id].background));
      expect(mark.style.color).toBe(rgb(ENTITY_PALETTE[id].text));
      expect($(`.entity-group[data-entity=${id}] h2 .swatch`).style.background).toBe(rgb(ENTITY_PALETTE[id].background));
    }
  });
});

describe('long lists', () => {
  const many = [
    ...Array.from({ length: 57 }, (_, i) => numbered('apt40', i)),
    ...Array.from({ length: MENTIONS_SHOWN }, (_, i) => numbered('mss', i)),
  ];

  it(`list the first ${MENTIONS_SHOWN} mentions of each entity, and all of them on request`, () => {
    show({ page: pageWith(many) });
    const group = (id: string) => $(`.entity-group[data-entity=${id}]`);
    expect(group('apt40').querySelectorAll('button.mention')).toHaveLength(MENTIONS_SHOWN);
    expect(text(group('apt40').querySelector('.count')!)).toBe('57 mentions');
    // An entity with no more than the cap has no button.
    expect(group('mss').querySelectorAll('button.mention')).toHaveLength(MENTIONS_SHOWN);
    expect(group('mss').querySelector('.show-all')).toBeNull();

    const showAll = group('apt40').querySelector<HTMLButtonElement>('button.show-all')!;
    expect(text(showAll)).toBe('Show all (57)');
    // Its description names the entity it is for.
    expect(text(document.getElementById(showAll.getAttribute('aria-describedby')!)!)).toContain('APT40');
    act(() => showAll.click());
    const buttons = [...group('apt40').querySelectorAll<HTMLElement>('button.mention')];
    expect(buttons).toHaveLength(57);
    expect(buttons.map((b) => text(b))).toEqual(many.slice(0, 57).map((m) => m.snippet));
    expect(group('apt40').querySelector('.show-all')).toBeNull();
    // Reading goes on at the first mention that was hidden.
    expect(document.activeElement).toBe(buttons[MENTIONS_SHOWN]);
  });

  it('stay opened as the page reports more', () => {
    show({ page: pageWith(many) });
    act(() => $('.entity-group[data-entity=apt40] button.show-all').click());
    const more = [...many, ...Array.from({ length: 5 }, (_, i) => numbered('apt40', 100 + i))];
    show({ page: pageWith(more) });
    expect($$('.entity-group[data-entity=apt40] button.mention')).toHaveLength(62);
  });

  it('say "show all" in Arabic too', () => {
    show({ lang: 'ar', page: pageWith(many) });
    expect(text($('button.show-all'))).toBe('اعرض الكل (57)');
  });
});

describe('the footer', () => {
  it('gives the version, the day the data were checked, and "Report a problem"', () => {
    show();
    expect(text($('footer .version'))).toBe('Version 0.1.0');
    expect($('footer .data-checked').dataset.date).toBe(dataset.checked);
    expect(text($('footer .data-checked'))).toBe('Data checked 6 December 2026');
    expect(text($('footer button.report-problem'))).toBe('Report a problem');
  });

  it('in Arabic, with Latin digits as elsewhere in the popup', () => {
    show({ lang: 'ar' });
    expect(text($('footer .version'))).toBe('الإصدار 0.1.0');
    expect(text($('footer .data-checked'))).toBe('تاريخ التحقق من البيانات: 6 ديسمبر 2026');
    expect(text($('footer button.report-problem'))).toBe(POPUP_STRINGS.ar.reportProblem);
  });
});
