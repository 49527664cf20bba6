import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { OptionsPage } from '../../src/ui/options/options-page';
import { optionsStrings, type ShortcutBrowser } from '../../src/ui/options/options-strings';
import { mentionShortcuts, type Shortcut } from '../../src/ui/options/shortcuts';
import { useExtensionPage } from '../../src/ui/use-extension-page';

const SHORTCUT_BROWSER: ShortcutBrowser = import.meta.env.BROWSER === 'firefox' ? 'firefox' : 'chrome';

/** Chrome's shortcut page opens as a tab; Firefox (137+) opens its own from the API. */
function openShortcutSettings(): void {
  const commands = browser.commands as typeof browser.commands & { openShortcutSettings?: () => Promise<void> };
  const opened = commands.openShortcutSettings
    ? commands.openShortcutSettings()
    : browser.tabs.create({ url: 'chrome://extensions/shortcuts' });
  void opened.catch((error: unknown) => console.warn('[Attribution Lens] could not open the shortcut settings', error));
}

/** Wires the options view to the browser: the settings, the commands' keys, the shortcut settings. */
export function App() {
  const { settings, changeSettings, lang } = useExtensionPage((l) => optionsStrings(l).title);
  const [shortcuts, setShortcuts] = useState<Shortcut[] | null>(null);

  // Read when the page opens and whenever it comes back into view (the user may have just changed them).
  useEffect(() => {
    const read = () =>
      void browser.commands.getAll().then(
        (commands) => setShortcuts(mentionShortcuts(commands)),
        () => setShortcuts(null),
      );
    read();
    const onVisible = () => document.visibilityState === 'visible' && read();
    document.addEventListener('visibilitychange', onVisible);
    return () => document.removeEventListener('visibilitychange', onVisible);
  }, []);

  // Nothing until the settings are read: drawing in English first would flash before Arabic.
  if (!settings) return null;
  return (
    <OptionsPage
      lang={lang}
      settings={settings}
      shortcuts={shortcuts}
      browser={SHORTCUT_BROWSER}
      onSettingsChange={changeSettings}
      onOpenShortcuts={openShortcutSettings}
    />
  );
}
