/**
 * Which entities are highlighted: one checkbox each, named in the reader's language, in a
 * fieldset that is disabled while highlighting is off everywhere. Shared by the popup's
 * settings and the options page.
 */
import { dataset } from '../data/dataset';
import type { Lang } from '../messaging/protocol';
import type { Settings } from '../settings/settings-schema';

interface Props {
  settings: Settings;
  lang: Lang;
  legend: string;
  onChange(change: Pick<Settings, 'entities'>): void;
}

export function EntitySwitches({ settings, lang, legend, onChange }: Props) {
  return (
    <fieldset disabled={!settings.enabled}>
      <legend>{legend}</legend>
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
  );
}
