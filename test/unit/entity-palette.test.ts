import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ENTITY_IDS } from '../../src/data/entity-ids';
import { ENTITY_PALETTE } from '../../src/ui/entity-palette';

const css = (file: string) => readFileSync(new URL(`../../${file}`, import.meta.url), 'utf8');
const HIGHLIGHT_CSS = css('src/page/highlighting/highlight.css');
const POPUP_CSS = css('src/ui/popup/shell/popup.css');

/** "#abc" and "#aabbcc" as one lower-case six-digit form. */
const hex6 = (c: string) => {
  const h = c.trim().toLowerCase();
  return h.length === 4 ? `#${[...h.slice(1)].map((x) => x + x).join('')}` : h;
};

/** WCAG 2 relative luminance and contrast ratio (https://www.w3.org/TR/WCAG21/#dfn-contrast-ratio). */
const luminance = (c: string) => {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const v = parseInt(hex6(c).slice(i, i + 2), 16) / 255;
    return v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
};
const contrast = (a: string, b: string) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
};

/** A custom property of the popup's light (`:root`) or dark (prefers-color-scheme) theme. */
function themeColour(theme: 'light' | 'dark', name: string): string {
  const dark = POPUP_CSS.indexOf('@media (prefers-color-scheme: dark)');
  const block = theme === 'light' ? POPUP_CSS.slice(0, dark) : POPUP_CSS.slice(dark);
  const found = new RegExp(`--${name}:\\s*(#[0-9a-fA-F]{3,6})`).exec(block)?.[1];
  if (!found) throw new Error(`no --${name} in the ${theme} theme`);
  return found;
}

describe('the entity palette', () => {
  it('has a colour for every entity, each its own', () => {
    expect(Object.keys(ENTITY_PALETTE).sort()).toEqual([...ENTITY_IDS].sort());
    const backgrounds = Object.values(ENTITY_PALETTE).map((c) => hex6(c.background));
    expect(new Set(backgrounds).size).toBe(ENTITY_IDS.length);
  });

  it('is the page’s highlight colours exactly (highlight.css stays literal CSS)', () => {
    for (const id of ENTITY_IDS) {
      const rule = new RegExp(`mark\\[data-attribution-lens='${id}'\\]\\s*\\{\\s*background:\\s*(#[0-9a-fA-F]{3,6})`).exec(HIGHLIGHT_CSS);
      expect(rule, `highlight.css has no rule for ${id}`).not.toBeNull();
      expect(hex6(rule![1]!), id).toBe(hex6(ENTITY_PALETTE[id].background));
    }
    const text = /mark\[data-attribution-lens\]\s*\{\s*color:\s*(#[0-9a-fA-F]{3,6})/.exec(HIGHLIGHT_CSS);
    for (const id of ENTITY_IDS) expect(hex6(text![1]!)).toBe(hex6(ENTITY_PALETTE[id].text));
  });

  it('keeps text on each colour above WCAG AA (4.5:1), whatever the page or popup theme', () => {
    // The text colour goes with the background (inline in the popup, !important on the page),
    // so the popup's light or dark text colour never lands on a highlight; the E2E popup suite
    // checks the computed colours in both themes.
    for (const id of ENTITY_IDS) {
      const { background, text } = ENTITY_PALETTE[id];
      expect(contrast(text, background), id).toBeGreaterThanOrEqual(4.5);
    }
    // The dark theme's own text on the lightest hue would fail: the reason the mark sets its own.
    const lightest = ENTITY_IDS.map((id) => ENTITY_PALETTE[id].background).sort((a, b) => luminance(b) - luminance(a))[0]!;
    expect(contrast(themeColour('dark', 'text'), lightest)).toBeLessThan(4.5);
  });

  it('draws the legend’s swatches with an outline that stands out from both popup backgrounds (3:1)', () => {
    expect(POPUP_CSS).toMatch(/\.swatch\s*\{[^}]*outline:\s*1px solid var\(--text\)/);
    for (const theme of ['light', 'dark'] as const) {
      expect(contrast(themeColour(theme, 'text'), themeColour(theme, 'bg')), theme).toBeGreaterThanOrEqual(3);
    }
  });
});
