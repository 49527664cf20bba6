import { describe, expect, it } from 'vitest';
import { POPUP_STRINGS } from '../../src/ui/popup/shell/popup-strings';

/** Every string of a table, functions called with a sample argument, with its key path. */
function flatten(table: object, prefix = ''): [string, string][] {
  return Object.entries(table).flatMap(([key, value]): [string, string][] => {
    const at = prefix + key;
    if (typeof value === 'string') return [[at, value]];
    if (typeof value === 'function') return [[at, String((value as (x: number | string) => unknown)(3))]];
    return flatten(value as object, `${at}.`);
  });
}

describe('popup strings', () => {
  it('has the same keys in English and Arabic, none empty', () => {
    const en = flatten(POPUP_STRINGS.en);
    const ar = flatten(POPUP_STRINGS.ar);
    expect(ar.map(([k]) => k)).toEqual(en.map(([k]) => k));
    for (const [key, value] of [...en, ...ar]) expect(value.trim(), key).not.toBe('');
  });

  it('writes every Arabic string in Arabic script', () => {
    for (const [key, value] of flatten(POPUP_STRINGS.ar)) expect(value, key).toMatch(/[\u0600-\u06FF]/);
  });

  it('uses each language’s plural forms', () => {
    expect([1, 2, 5].map(POPUP_STRINGS.en.mentions)).toEqual(['1 mention', '2 mentions', '5 mentions']);
    expect([0, 1, 2, 3, 11, 100].map(POPUP_STRINGS.ar.mentions)).toEqual([
      'لا إشارات',
      'إشارة واحدة',
      'إشارتان',
      '3 إشارات',
      '11 إشارة',
      '100 إشارة',
    ]);
  });
});
