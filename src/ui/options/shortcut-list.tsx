/**
 * The keyboard shortcuts as the browser has them, and how to change them: the browsers keep
 * shortcuts in their own settings pages, which an extension may open but not edit.
 */
import type { OptionsStrings, ShortcutBrowser } from './options-strings';
import type { Shortcut } from './shortcuts';

interface Props {
  /** Null until the browser answers, or when it cannot. */
  shortcuts: Shortcut[] | null;
  browser: ShortcutBrowser;
  strings: OptionsStrings;
  onOpenShortcuts(): void;
}

export function ShortcutList({ shortcuts, browser, strings, onOpenShortcuts }: Props) {
  return (
    <section class="options-section" aria-labelledby="shortcuts-title">
      <h2 id="shortcuts-title">{strings.shortcuts}</h2>
      {shortcuts === null ? (
        <p class="hint">{strings.shortcutsUnknown}</p>
      ) : (
        <table class="shortcuts">
          <thead>
            <tr>
              <th scope="col">{strings.commandHeader}</th>
              <th scope="col">{strings.keysHeader}</th>
            </tr>
          </thead>
          <tbody>
            {shortcuts.map(({ direction, keys }) => (
              <tr key={direction} data-direction={direction}>
                <th scope="row">{strings.command[direction]}</th>
                <td>
                  {keys ? (
                    <kbd dir="ltr">{keys}</kbd>
                  ) : (
                    <span class="hint">{strings.noKeys}</span>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <p>{strings.changeShortcuts[browser]}</p>
      <button type="button" class="open-shortcuts" onClick={onOpenShortcuts}>
        {strings.openShortcuts}
      </button>
    </section>
  );
}
