/**
 * The options page as a view of plain data: highlighting on all sites and for which
 * entities, the sites where it is off, what opens the card, and the keyboard shortcuts.
 * Browser work (storage, commands, opening the shortcut settings) is wired in
 * entrypoints/options/App.tsx, so this renders the same in a DOM test.
 */
import { HighlightSwitches } from '../highlight-switches';
import type { Lang } from '../../messaging/protocol';
import { CARD_TRIGGERS, type Settings } from '../../settings/settings-schema';
import { directionOf } from '../language';
import { OffSites } from './off-sites';
import { optionsStrings, type ShortcutBrowser } from './options-strings';
import { ShortcutList } from './shortcut-list';
import type { Shortcut } from './shortcuts';

export interface OptionsPageProps {
  lang: Lang;
  settings: Settings;
  shortcuts: Shortcut[] | null;
  browser: ShortcutBrowser;
  onSettingsChange(change: Partial<Settings>): void;
  onOpenShortcuts(): void;
}

export function OptionsPage({ lang, settings, shortcuts, browser, onSettingsChange, onOpenShortcuts }: OptionsPageProps) {
  const strings = optionsStrings(lang);
  return (
    <div class="options settings" lang={lang} dir={directionOf(lang)}>
      <header class="popup-header">
        <h1>{strings.title}</h1>
      </header>
      <main class="options-main">
        <section class="options-section" aria-labelledby="highlighting-title">
          <h2 id="highlighting-title">{strings.highlighting}</h2>
          <HighlightSwitches settings={settings} lang={lang} onChange={onSettingsChange} />
        </section>
        <OffSites settings={settings} strings={strings} onChange={onSettingsChange} />
        <section class="options-section" aria-labelledby="card-title">
          <h2 id="card-title">{strings.card}</h2>
          <fieldset>
            <legend>{strings.cardTrigger}</legend>
            <ul class="switches">
              {CARD_TRIGGERS.map((trigger) => (
                <li key={trigger}>
                  <label>
                    <input
                      type="radio"
                      name="cardTrigger"
                      value={trigger}
                      checked={settings.cardTrigger === trigger}
                      onChange={() => onSettingsChange({ cardTrigger: trigger })}
                    />
                    <span>{strings.trigger[trigger]}</span>
                  </label>
                </li>
              ))}
            </ul>
          </fieldset>
        </section>
        <ShortcutList shortcuts={shortcuts} browser={browser} strings={strings} onOpenShortcuts={onOpenShortcuts} />
        <p class="hint">{strings.liveNote}</p>
      </main>
    </div>
  );
}
