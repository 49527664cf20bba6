/**
 * Highlighting on all sites, and for which entities: one switch for all, then one checkbox
 * per entity, named in the reader's language, in a fieldset that is disabled while
 * highlighting is off everywhere. The same control, with the same words, in the popup's
 * settings and on the options page.
 */
import { dataset } from '../data/dataset';
import type { Lang } from '../messaging/protocol';
import type { Settings } from '../settings/settings-schema';

const STRINGS: Record<Lang, { allSites: string; whichEntities: string }> = {
  en: { allSites: 'Highlight on all sites', whichEntities: 'Highlight these' },
  ar: { allSites: 'الإبراز في جميع المواقع', whichEntities: 'أبرز هذه الجهات' },
};

interface Props {
  settings: Settings;
  lang: Lang;
  onChange(change: Pick<Settings, 'enabled'> | Pick<Settings, 'entities'>): void;
}

export function HighlightSwitches({ settings, lang, onChange }: Props) {
  const strings = STRINGS[lang];
  return (
    <>
      <ul class="switches">
        <li>
          <label>
            <input
              type="checkbox"
              name="enabled"
              checked={settings.enabled}
              onChange={(e) => onChange({ enabled: e.currentTarget.checked })}
            />
            <span>{strings.allSites}</span>
          </label>
        </li>
      </ul>
      <fieldset disabled={!settings.enabled}>
        <legend>{strings.whichEntities}</legend>
        <ul class="switches">
          {dataset.entities.map((entity) => (
            <li key={entity.id}>
              <label>
                <input
                  type="checkbox"
                  name={`entity-${entity.id}`}
                  checked={settings.entities[entity.id]}
                  onChange={(e) => onChange({ entities: { ...settings.entities, [entity.id]: e.currentTarget.checked } })}
                />
                <span>{entity.names[lang]}</span>
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
    </>
  );
}
