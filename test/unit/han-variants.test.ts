/**
 * The table of Chinese character variants (src/core/han-variants.ts) and its use in the fold:
 * every Chinese name of the dataset is found in Simplified, Traditional and Japanese forms.
 */
import { describe, expect, it } from 'vitest';
import { HAN_VARIANTS } from '../../src/core/han-variants';
import { foldString, foldText } from '../../src/core/fold-text';
import { createMatcher } from '../../src/core';
import { dataset } from '../../src/data/dataset';

const matcher = createMatcher(dataset);
const entities = (text: string) => matcher.mentions(text).map((m) => [m.entity, m.text]);
const CJK = /^[\u3400-\u9fff\uf900-\ufaff]$/u;

/** Writes a Simplified text in Traditional (or Japanese) forms, from the table read backwards. */
const variantsOf = new Map<string, string[]>();
for (const [cp, simple] of HAN_VARIANTS) variantsOf.set(simple, [...(variantsOf.get(simple) ?? []), String.fromCodePoint(cp)]);
const traditional = (text: string, pick = 0) =>
  [...text].map((ch) => (variantsOf.get(ch) ?? [ch])[Math.min(pick, (variantsOf.get(ch) ?? [ch]).length - 1)]).join('');

describe('the Chinese variant table', () => {
  it('maps single Chinese characters to single Simplified ones, never onto another variant', () => {
    expect(HAN_VARIANTS.size).toBeGreaterThan(50);
    for (const [cp, simple] of HAN_VARIANTS) {
      const variant = String.fromCodePoint(cp);
      expect(variant, variant).toMatch(CJK);
      expect(simple, variant).toMatch(CJK);
      expect(HAN_VARIANTS.has(simple.codePointAt(0) as number), `${variant} → ${simple} is folded again`).toBe(false);
    }
  });

  it('folds the variants the press uses, keeping every other character', () => {
    expect(foldString('國家安全廳')).toBe('国家安全厅');
    expect(foldString('国家安全庁')).toBe('国家安全厅');
    expect(foldString('駭客攻擊、攻撃、鐵、務、門')).toBe('骇客攻击、攻击、铁、务、门');
    // Characters alike in both scripts, and characters outside the table, are left as they are.
    expect(foldString('安全部与中国')).toBe('安全部与中国');
  });

  it('keeps the fold’s map back to the original positions through Traditional text', () => {
    const text = '據報導，中國國家安全部與APT40有關';
    const folded = foldText(text);
    const at = folded.text.indexOf('国家安全部');
    expect(text.slice(folded.from[at], folded.to[at + 4])).toBe('國家安全部');
  });

  it('finds every Chinese name of the dataset in Traditional script as in Simplified', () => {
    const chinese = dataset.entities.flatMap((e) =>
      e.aliases
        .filter((a) => a.highlight !== false && !a.pattern && /[\u4e00-\u9fff]/.test(a.text) && /^[\u4e00-\u9fffA-Za-z]+$/.test(a.text))
        .map((a) => [e.id, a.text] as const),
    );
    expect(chinese.length).toBeGreaterThan(4);
    let changed = 0;
    for (const [id, name] of chinese) {
      const sentence = (n: string) => `黑客与${n}有关。`;
      expect(entities(sentence(name)), name).toEqual([[id, name]]);
      for (const pick of [0, 1]) {
        const trad = traditional(name, pick);
        if (trad !== name) changed++;
        expect(entities(sentence(trad)), trad).toEqual([[id, trad]]);
      }
    }
    expect(changed).toBeGreaterThan(3);
  });
});
