/**
 * Wires the content script together: settings decide whether and what to
 * highlight (and apply live), the annotator highlights, reports go to the
 * background for the badge and the popup, the hover card explains, and messages
 * from the popup and the keyboard command are answered. Everything stops when
 * the content script's context is invalidated.
 */
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { isFocusMentionRequest, isRevealRequest, isRevealTextRequest } from '../../messaging/guards';
import { onOwnMessage } from '../../messaging/own-messages';
import { sendMessage } from '../../messaging/protocol';
import { readSettingsOnce, watchSettingsChanges } from '../../settings/fast-reader';
import { enabledEntities, isActiveOn, type Settings } from '../../settings/settings-schema';
import { resolveLanguage } from '../../ui/language';
import { prepareMatcher, startAnnotator, type Annotator } from '../highlighting/annotator';
import { createHoverCardController, type HoverCardController } from '../card/hover-card-controller';
import { buildReport } from '../reports/mention-report';
import { createPageText } from '../reports/page-text';
import { createReportScheduler } from '../reports/report-scheduler';
import { revealMention } from '../reports/reveal-mention';
import { mentionToVisit } from '../keyboard/mention-to-visit';
import type { HighlightedMention } from '../highlighting/highlight-registry';

/** Runs a clean-up that may throw once the extension's runtime is gone. */
const quietly = (fn: () => void) => {
  try {
    fn();
  } catch {
    // Extension context invalidated: the listener went with it.
  }
};

/**
 * `known`: settings already read in this frame (by the sub-frame scout, which watched them
 * since), so they need not be read again.
 */
export async function runContentScript(ctx: ContentScriptContext, known?: Settings): Promise<void> {
  const signal = ctx.signal;
  // Reading ctx.isInvalid makes WXT abort ctx.signal when the runtime is gone.
  const alive = () => !ctx.isInvalid;
  const stored = known ?? readSettingsOnce();
  // Storage takes a while to answer: get the matcher ready meanwhile (wasted, once per page, on
  // a site the reader switched off).
  prepareMatcher();
  let settings: Settings = await stored;
  if (signal.aborted) return;
  let annotator: Annotator | null = null;
  let annotatorStop: AbortController | null = null;
  // The hover card listens for the pointer only once this frame has highlights (watchMarks): the
  // first change the annotator makes to the page is, in practice, writing the first ones.
  let edited = false;
  let hoverCard: HoverCardController | null = null; // made a task later (below)
  const onPageEdit = () => {
    edited = true;
    hoverCard?.watchMarks(); // does nothing after the first time
  };

  const reports = createReportScheduler({
    busy: () => !!annotator?.busy(),
    send() {
      if (signal.aborted) return;
      const h = annotator?.highlighter;
      const place = { url: location.href, title: document.title };
      const data = buildReport(place, h?.mentions() ?? [], h?.skipped() ?? 0, h?.aboutStory() ?? false);
      // The background may be restarting, or the extension was just updated: nothing to do then.
      sendMessage('reportMentions', data).catch(() => undefined);
    },
  });
  const report = () => reports.changed();

  const apply = (next: Settings) => {
    const entitiesChanged = JSON.stringify(next.entities) !== JSON.stringify(settings.entities);
    const wasActive = !!annotator;
    settings = next;
    hoverCard?.setTrigger(settings.cardTrigger);
    const active = isActiveOn(settings, location.hostname);
    if (wasActive && (!active || entitiesChanged)) {
      annotatorStop?.abort();
      annotator = null;
    }
    if (active && !annotator) {
      annotatorStop = new AbortController();
      annotator = startAnnotator(document, AbortSignal.any([signal, annotatorStop.signal]), {
        entities: enabledEntities(settings),
        onUpdate: report,
        onPageEdit,
        alive,
      });
    }
    report();
  };

  const stopWatching = watchSettingsChanges(apply);
  signal.addEventListener('abort', () => {
    reports.cancel();
    quietly(stopWatching);
  });
  apply(settings);

  // The first pass was queued just now and starts when this code yields: what is not needed for
  // the first highlights (the card, answers to the popup and the keyboard command, the liveness
  // check) is set up after its first slice, a task later, not in front of it.
  await new Promise((resolve) => setTimeout(resolve, 0));
  if (signal.aborted) return;

  const card = createHoverCardController({
    alive,
    ctx,
    doc: document,
    signal,
    mentionOf: (mark) => annotator?.highlighter.mentionOf(mark),
    language: () => resolveLanguage(settings.language, browser.i18n.getUILanguage()),
    trigger: settings.cardTrigger,
  });
  hoverCard = card;
  if (edited) card.watchMarks();

  const refuse = () => false;
  const removeReveal = onOwnMessage('revealMention', ({ data }) => {
    if (!isRevealRequest(data)) return false;
    const mention = annotator?.highlighter.mentions().find((m) => m.id === data.id);
    return mention ? revealMention(mention) : false;
  }, refuse);
  const pageText = createPageText(document);
  const topFrame = window === window.top;
  const removePageBlocks = onOwnMessage('getPageBlocks', () => (topFrame ? pageText.blocks() : []), () => []);
  const removeRevealText = onOwnMessage(
    'revealText',
    ({ data }) => topFrame && isRevealTextRequest(data) && pageText.reveal(data.block, data.start, data.end),
    refuse,
  );
  // The keyboard's place: the focused highlight, or else the one last visited (the card may hold
  // the focus by now), so next and previous carry on from where the reader is.
  let visited: HighlightedMention | null = null;
  const removeFocusMention = onOwnMessage('focusMention', ({ data }) => {
    if (!topFrame || !isFocusMentionRequest(data)) return false;
    const mentions = annotator?.highlighter.mentions() ?? [];
    const focused = card.activeMark();
    const current = mentions.find((m) => m.marks.some((mark) => mark === focused)) ?? (visited && mentions.includes(visited) ? visited : null);
    const visit = mentionToVisit(mentions, current, data.direction);
    if (!visit) return false;
    visited = visit.mention;
    card.openFor(visit.mention, visit.mark);
    return true;
  }, refuse);
  signal.addEventListener('abort', () => {
    // After an update the runtime is gone, and removing its listeners throws: nothing to undo then.
    [removeReveal, removeFocusMention, removePageBlocks, removeRevealText].forEach(quietly);
  });

  // After the extension is updated or reloaded, Chromium leaves this script running with its
  // runtime gone: WXT notices only when asked, so ask now and then and stop everything then.
  ctx.setInterval(alive, 1000);

  // Back/forward cache: the page comes back without reloading; tell the background again.
  window.addEventListener('pageshow', (e) => e.persisted && report(), { signal });
}
