/**
 * The sites where highlighting is off: each removable, and a field to add one. What is typed
 * is stored as its registrable domain (site-input.ts), so `www.` and the bare domain are one.
 */
import { useRef, useState } from 'preact/hooks';
import type { Settings } from '../../settings/settings-schema';
import { siteMatches } from '../../settings/settings-schema';
import type { OptionsStrings } from './options-strings';
import { parseSiteInput, type SiteInputError } from './site-input';

interface Props {
  settings: Settings;
  strings: OptionsStrings;
  onChange(change: Partial<Settings>): void;
}

/** What the last action said: a status for a change made, an error for input refused. */
type Feedback = { status: string } | { error: SiteInputError | 'already'; site?: string } | null;

export function OffSites({ settings, strings, onChange }: Props) {
  const sites = settings.disabledSites;
  const [text, setText] = useState('');
  const [feedback, setFeedback] = useState<Feedback>(null);
  const input = useRef<HTMLInputElement>(null);
  const error = feedback && 'error' in feedback ? feedback : null;

  const add = () => {
    const parsed = parseSiteInput(text);
    if ('error' in parsed) return setFeedback({ error: parsed.error });
    if (sites.some((s) => siteMatches(s, parsed.site))) return setFeedback({ error: 'already', site: parsed.site });
    // Host names the new site covers (kept before sites were domains) go: the site says it all.
    onChange({ disabledSites: [...sites.filter((s) => !siteMatches(parsed.site, s)), parsed.site] });
    setText('');
    setFeedback({ status: strings.added(parsed.site) });
  };

  const remove = (site: string) => {
    onChange({ disabledSites: sites.filter((s) => s !== site) });
    setFeedback({ status: strings.removed(site) });
    // The button is gone with its row: the field keeps the keyboard's place in the page.
    input.current?.focus();
  };

  return (
    <section class="options-section" aria-labelledby="off-sites-title">
      <h2 id="off-sites-title">{strings.offSites}</h2>
      <p class="hint">{strings.offSitesNote}</p>
      {sites.length === 0 ? (
        <p class="off-sites-empty">{strings.noOffSites}</p>
      ) : (
        <ul class="off-sites" aria-labelledby="off-sites-title">
          {sites.map((site) => (
            <li key={site}>
              <bdi class="host" dir="ltr">
                {site}
              </bdi>
              <button type="button" class="remove-site" aria-label={strings.remove(site)} onClick={() => remove(site)}>
                {strings.removeLabel}
              </button>
            </li>
          ))}
        </ul>
      )}
      <form
        class="add-site"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          add();
        }}
      >
        <label for="add-site-input">{strings.addSite}</label>
        <div class="add-site-row">
          <input
            id="add-site-input"
            ref={input}
            name="site"
            type="text"
            inputMode="url"
            dir="ltr"
            autoComplete="off"
            spellcheck={false}
            value={text}
            aria-invalid={error ? 'true' : 'false'}
            aria-describedby={error ? 'add-site-error add-site-hint' : 'add-site-hint'}
            onInput={(e) => setText(e.currentTarget.value)}
          />
          <button type="submit">{strings.addButton}</button>
        </div>
        <p id="add-site-hint" class="hint">
          {strings.addSiteHint}
        </p>
        <p id="add-site-error" class="site-error" role="alert">
          {error ? (error.error === 'already' ? strings.alreadyOff(error.site ?? '') : strings.siteError[error.error]) : ''}
        </p>
        <p class="site-status" role="status">
          {feedback && 'status' in feedback ? feedback.status : ''}
        </p>
      </form>
    </section>
  );
}
