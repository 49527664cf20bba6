/** Gives an open shadow root of the page the highlight styles (manifest CSS stops at shadow boundaries). */
import css from './highlight.css?inline';

let sheet: CSSStyleSheet | null | undefined;

export function adoptHighlightStyles(root: ShadowRoot): void {
  try {
    if (sheet === undefined) {
      sheet = typeof CSSStyleSheet === 'function' && 'replaceSync' in CSSStyleSheet.prototype ? new CSSStyleSheet() : null;
      sheet?.replaceSync(css);
    }
    if (sheet && !root.adoptedStyleSheets.includes(sheet)) {
      // Adopted sheets add no node to the page's DOM.
      root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
    }
  } catch {
    // Some browsers refuse sheets built in a content script's world; highlights then show unstyled there.
  }
}
