/**
 * One colour per entity, shared by the page's highlights (src/page/highlighting/highlight.css,
 * literal CSS kept equal to this table by test/unit/entity-palette.test.ts), the popup's
 * snippets and its legend. The text colour goes with the background, so a highlight reads
 * the same on light and dark pages and in both popup themes (WCAG AA, tested).
 */
import type { EntityId } from '../core';

export interface EntityColour {
  /** The highlight's background. */
  background: string;
  /** The text on it. */
  text: string;
}

/** Dark text on light hues: above 10:1 on every one. */
const INK = '#111';

export const ENTITY_PALETTE: Readonly<Record<EntityId, EntityColour>> = {
  apt40: { background: '#ffd166', text: INK },
  apt31: { background: '#9be7e3', text: INK },
  mss: { background: '#ffb3b3', text: INK },
  'exchange-hack': { background: '#cdb9ff', text: INK },
};

/** Inline style for an entity's mark: the same colours as on the page. */
export const entityMarkStyle = (entity: EntityId) => ({
  background: ENTITY_PALETTE[entity].background,
  color: ENTITY_PALETTE[entity].text,
});
