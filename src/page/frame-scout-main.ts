/**
 * Wires a sub-frame's scout (frame-scout.ts) to the browser: the settings decide whether
 * highlighting is on for the frame's site, and `annotate` starts the annotator in the frame.
 */
import matchTable from 'virtual:match-table';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { readSettingsOnce, watchSettingsChanges } from '../settings-reader';
import { isActiveOn, type Settings } from '../settings-values';
import { runFrameScout } from './frame-scout';

export function scoutThisFrame(ctx: ContentScriptContext, annotate: () => Promise<unknown>): Promise<void> {
  const active = (settings: Settings) => isActiveOn(settings, location.hostname);
  return runFrameScout({
    doc: document,
    signal: ctx.signal,
    pattern: new RegExp(matchTable.source, 'g'),
    readActive: async () => active(await readSettingsOnce()),
    watchActive: (onChange) => watchSettingsChanges((settings) => onChange(active(settings))),
    annotate,
  });
}
