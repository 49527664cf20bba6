/**
 * Wires a sub-frame's scout (frame-scout.ts) to the browser: the settings decide whether
 * highlighting is on for the frame's site, and `annotate` starts the annotator in the frame,
 * given the settings the scout last saw (so it need not read them again).
 */
import matchTable from 'virtual:match-table';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { readSettingsOnce, watchSettingsChanges } from '../settings-reader';
import { isActiveOn, type Settings } from '../settings-values';
import { runFrameScout } from './frame-scout';

export function scoutThisFrame(ctx: ContentScriptContext, annotate: (settings: Settings) => Promise<unknown>): Promise<void> {
  const active = (settings: Settings) => isActiveOn(settings, location.hostname);
  // The newest settings: a change that arrives while the first read is under way is newer
  // than what that read returns.
  let latest: Settings | undefined;
  return runFrameScout({
    doc: document,
    signal: ctx.signal,
    pattern: new RegExp(matchTable.source, 'g'),
    async readActive() {
      const read = await readSettingsOnce();
      latest ??= read;
      return active(read);
    },
    watchActive: (onChange) =>
      watchSettingsChanges((settings) => {
        latest = settings;
        onChange(active(settings));
      }),
    // The scout starts the annotator only while active, so after the settings were seen.
    annotate: () => (latest ? annotate(latest) : Promise.reject(new Error('no settings seen yet'))),
  });
}
