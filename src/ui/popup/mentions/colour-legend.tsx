/**
 * The colour legend: each entity's colour, as the page's highlights show it, beside its
 * name. First in "On this page", where a first-time reader looks; an entity switched off in
 * the settings says so, since the page then shows no colour for it.
 */
import { dataset } from '../../../data/dataset';
import type { Settings } from '../../../settings/settings-schema';
import type { Lang } from '../../../messaging/protocol';
import { entityMarkStyle } from '../../entity-palette';
import type { PopupStrings } from '../shell/popup-strings';

interface Props {
  settings: Settings;
  lang: Lang;
  strings: PopupStrings;
}

export function ColourLegend({ settings, lang, strings }: Props) {
  return (
    <section class="legend" aria-labelledby="legend-heading">
      <h2 id="legend-heading" class="legend-heading">
        {strings.legend}
      </h2>
      <ul class="legend-items" aria-labelledby="legend-heading">
        {dataset.entities.map((entity) => (
          <li key={entity.id} data-entity={entity.id} data-off={settings.entities[entity.id] ? undefined : 'true'}>
            <span class="swatch" aria-hidden="true" style={entityMarkStyle(entity.id)} />
            <span class="legend-name">{entity.names[lang]}</span>
            {settings.entities[entity.id] ? null : <span class="legend-off"> ({strings.legendOff})</span>}
          </li>
        ))}
      </ul>
    </section>
  );
}
