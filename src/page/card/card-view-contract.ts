/**
 * What the content script and card.js (the hover card's code, loaded on demand: see
 * card-loader.ts) agree on: the view card.js makes, and where it leaves the function that
 * makes it. Types and two accessors only, so that neither bundle pulls in the other's code.
 *
 * The place is a property of the content scripts' own global: a script the background injects
 * runs in the same isolated world as the content script (one global per extension and frame,
 * in Chromium and Firefox alike), which the page's scripts never see.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { CardContent } from '../../messaging/protocol';
import type { Lang } from '../../messaging/protocol';

/** One showing of the card: its texts, the highlight it explains, and what its own controls do. */
export interface CardViewShow {
  content: CardContent;
  mark: HTMLElement;
  lang: Lang;
  onClose: () => void;
  onPointerEnter: () => void;
  onPointerLeave: () => void;
}

export interface CardView {
  /** Shows (or moves and repaints) the card beside `what.mark`. */
  show(what: CardViewShow): void;
  /** Moves the focus into the shown card (the dialog itself), without scrolling the page. */
  focus(): void;
  /** Takes the card out of the page. */
  hide(): void;
  /** The card's shadow host, to tell events inside the card. */
  readonly host: HTMLElement;
}

export interface CardViewOptions {
  /** The content script's context: the card goes when it is invalidated. */
  ctx: ContentScriptContext;
  doc: Document;
}

export type CardViewFactory = (options: CardViewOptions) => Promise<CardView>;

const KEY = '__attributionLensCardView';
const world = globalThis as typeof globalThis & { [KEY]?: CardViewFactory };

/** card.js: leaves its factory for the content script. */
export function provideCardView(factory: CardViewFactory): void {
  world[KEY] = factory;
}

/** The factory card.js left, if it has run in this frame. */
export function providedCardView(): CardViewFactory | undefined {
  return world[KEY];
}
