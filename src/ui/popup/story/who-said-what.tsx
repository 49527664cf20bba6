/**
 * Who said what on 19–20 July 2021, government by government: for each member of the coalition
 * what it attributed (the MSS, APT40, APT31, the Exchange hack) in its own words, with the date
 * and the address of its statement; then China's foreign ministry and embassies. Two columns, so
 * it reads at the popup's width; own words keep their language and direction.
 */
import { dataset } from '../../../data/dataset';
import type { OwnWords, Statement } from '../../../data/schema';
import type { Lang } from '../../../messaging/protocol';
import type { PopupStrings } from '../shell/popup-strings';
import { formatDatasetDate } from '../../format-date';
import { SourceLink } from './source-link';
import { sourceById } from './story';

interface Props {
  lang: Lang;
  strings: PopupStrings;
}

function Words({ words, lang, strings }: { words: OwnWords; lang: Lang; strings: PopupStrings }) {
  return (
    <>
      {' '}
      <q lang={words.lang} dir="ltr" cite={words.url}>
        {words.text}
      </q>{' '}
      <a class="cite" href={words.url} target="_blank" rel="noopener noreferrer" dir="ltr">
        ({new URL(words.url).hostname}
        <span class="visually-hidden" lang={lang}>
          {' '}
          {strings.newTab}
        </span>
        )
      </a>
    </>
  );
}

function Row({ statement, lang, strings }: { statement: Statement; lang: Lang; strings: PopupStrings }) {
  const source = sourceById(dataset, statement.source);
  const names = new Map(dataset.entities.map((e) => [e.id, e.names[lang]]));
  return (
    <tr data-statement={statement.id} data-side={statement.side}>
      <th scope="row">
        <span class="party">{statement.party[lang]}</span>
        <time dateTime={statement.date}>{formatDatasetDate(statement.date, lang)}</time>
        {source ? <SourceLink source={source} lang={lang} strings={strings} /> : null}
      </th>
      <td>
        {statement.attributes.length ? (
          <ul>
            {statement.attributes.map((a) => (
              <li key={a.entity} data-entity={a.entity}>
                <strong>{names.get(a.entity)}</strong>: {a.text[lang]}
                {a.words ? <Words words={a.words} lang={lang} strings={strings} /> : null}
              </li>
            ))}
          </ul>
        ) : (
          <p>
            {statement.summary[lang]}
            {statement.words ? <Words words={statement.words} lang={lang} strings={strings} /> : null}
          </p>
        )}
      </td>
    </tr>
  );
}

export function WhoSaidWhat({ lang, strings }: Props) {
  return (
    <table class="who-said-what">
      <caption>{strings.whoSaidWhatNote}</caption>
      <thead>
        <tr>
          <th scope="col">{strings.body}</th>
          <th scope="col">{strings.attributed}</th>
        </tr>
      </thead>
      <tbody>
        {dataset.statements.map((statement) => (
          <Row key={statement.id} statement={statement} lang={lang} strings={strings} />
        ))}
      </tbody>
    </table>
  );
}
