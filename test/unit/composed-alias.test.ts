/**
 * Composed aliases (src/core/composed-alias.ts): the syntax, the expression it compiles to,
 * and the dataset's composed names (the ministry's regional bureaus in every language, the
 * ministry's inflected names) found on both sides.
 */
import { describe, expect, it } from 'vitest';
import { composeSource, parseComposed, placesIn } from '../../src/core/composed-alias';
import { foldString } from '../../src/core/fold-text';
import { compileMatchTable, createMatcher } from '../../src/core';
import { dataset } from '../../src/data/dataset';

const matcher = createMatcher(dataset);
const found = (text: string, aboutStory = false) => matcher.mentions(text, aboutStory).map((m) => [m.entity, m.text]);
const whole = (pattern: string, places: string[], text: string) =>
  new RegExp(`^${composeSource(pattern, places).source}$`).test(foldString(text));

describe('the composition syntax', () => {
  it('reads alternatives, optional parts and place slots', () => {
    expect(parseComposed('a(b|c)?{place}')).toEqual([
      { kind: 'text', text: 'a' },
      { kind: 'choice', options: [[{ kind: 'text', text: 'b' }], [{ kind: 'text', text: 'c' }]], optional: true },
      { kind: 'place' },
    ]);
  });

  it('refuses malformed patterns, naming them', () => {
    expect(() => parseComposed('a(b|c')).toThrow(/"a\(b\|c".*unclosed/);
    expect(() => parseComposed('a)b')).toThrow(/outside a group/);
    expect(() => parseComposed('a{b}')).toThrow(/stray/);
    expect(() => composeSource('{place} Bureau', [])).toThrow(/no places/);
    // At build time the error names the entity and the alias.
    const bad = { entities: [{ id: 'mss' as const, aliases: [{ text: 'X', lang: 'en' as const, pattern: '(a|b' }] }] };
    expect(() => compileMatchTable(bad)).toThrow(/entity mss, alias "X".*unclosed/);
  });

  it('matches every form it composes and nothing else', () => {
    const p = 'Министерств(о|а|у|ом|е) (государственной |гос)безопасности( КНР)?';
    for (const form of ['Министерство государственной безопасности', 'Министерством госбезопасности КНР', 'министерства госбезопасности']) {
      expect(whole(p, [], form), form).toBe(true);
    }
    for (const form of ['Министерствами госбезопасности', 'Министерство безопасности', 'Министерство госбезопасности СССР']) {
      expect(whole(p, [], form), form).toBe(false);
    }
    expect(whole('{place} Bureau', ['Hainan', 'Pékin'], 'PEKIN  bureau')).toBe(true);
    expect(whole('{place} Bureau', ['Hainan', 'Pékin'], 'Hubei Bureau')).toBe(false);
  });

  it('Japanese places fall back to the Chinese names', () => {
    const entity = { places: [{ en: ['Hainan'], zh: ['海南'], ar: ['هاينان'], fr: ['Hainan'], de: ['Hainan'], es: ['Hainan'], ru: ['Хайнань'] }] };
    expect(placesIn(entity, 'ja')).toEqual(['海南']);
    expect(placesIn(entity, 'ru')).toEqual(['Хайнань']);
    expect(placesIn({}, 'en')).toEqual([]);
  });
});

describe('the ministry’s regional bureaus, composed from places, in every language', () => {
  it.each([
    ['en', 'the Hainan State Security Department', 'Hainan State Security Department'],
    ['en', 'the Jiangsu Provincial Department of State Security', 'Jiangsu Provincial Department of State Security'],
    ['en', 'officers of the Beijing State Security Bureau', 'Beijing State Security Bureau'],
    ['en', 'the State Security Department of Hubei Province', 'State Security Department of Hubei Province'],
    ['en', 'the Guangdong SSD', 'Guangdong SSD'],
    ['zh', '海南省国家安全厅官员', '海南省国家安全厅'],
    ['zh (Traditional)', '浙江省國家安全廳官員', '浙江省國家安全廳'],
    ['zh (short)', '上海国安局', '上海国安局'],
    ['ja', '広東省国家安全庁の職員', '広東省国家安全庁'],
    ['fr', 'le bureau de la sécurité de l’État de Shanghai', 'bureau de la sécurité de l’État de Shanghai'],
    ['fr', 'le département provincial de la Sécurité d’Etat du Hainan', 'département provincial de la Sécurité d’Etat du Hainan'],
    ['de', 'die Staatssicherheitsbehörde der Provinz Hubei', 'Staatssicherheitsbehörde der Provinz Hubei'],
    ['de', 'des Büros für Staatssicherheit in Tianjin', 'Büros für Staatssicherheit in Tianjin'],
    ['es', 'el Departamento de Seguridad del Estado de Hainan', 'Departamento de Seguridad del Estado de Hainan'],
    ['es', 'la Oficina de Seguridad Estatal de Shanghái', 'Oficina de Seguridad Estatal de Shanghái'],
    ['ru', 'Управлением государственной безопасности провинции Хайнань', 'Управлением государственной безопасности провинции Хайнань'],
    ['ru', 'бюро госбезопасности Шанхая', 'бюро госбезопасности Шанхая'],
    ['ar', 'ضباط في إدارة أمن الدولة بمقاطعة هاينان', 'إدارة أمن الدولة بمقاطعة هاينان'],
    ['ar', 'مكتب أمن الدولة في شنغهاي', 'مكتب أمن الدولة في شنغهاي'],
  ])('%s: %s', (_lang, text, name) => {
    expect(found(text)).toEqual([['mss', name]]);
  });

  it('needs one of the places: an office of state security elsewhere is not China’s', () => {
    expect(found('the Maryland State Security Department')).toEqual([]);
    expect(found('台湾国家安全局', true)).toEqual([]);
    expect(found('el Departamento de Seguridad del Estado de Cuba', true)).toEqual([]);
    expect(found('Управление государственной безопасности Литвы', true)).toEqual([]);
    expect(found('北京国安足球俱乐部', true)).toEqual([]);
  });
});
