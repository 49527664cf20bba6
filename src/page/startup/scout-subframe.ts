/**
 * Wires a sub-frame's scout (frame-scout.ts) to the browser: the settings decide whether
 * highlighting is on for the frame's site, and `annotate` starts the annotator in the frame,
 * given the settings the scout last saw (so it need not read them again).
 */
import matchTable from 'virtual:match-table';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { readSettingsOnce, watchSettingsChanges } from '../../settings/fast-reader';
import { isActiveOn, type Settings } from '../../settings/settings-schema';
import { runFrameScout } from './frame-scout';

export function scoutThisFrame(ctx: ContentScriptContext, annotate: (settings: Settings) => Promise<unknown>): Promise<void> {
  return runFrameScout<Settings>({
    doc: document,
    signal: ctx.signal,
    pattern: new RegExp(matchTable.source, 'g'),
    readSettings: readSettingsOnce,
    watchSettings: watchSettingsChanges,
    isActive: (settings) => isActiveOn(settings, location.hostname),
    annotate,
  });
}
