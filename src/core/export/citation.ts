/**
 * A plain-text citation of the story: the source article (its Arabic title, with our rendering
 * marked as ours, publisher, date, and address when the dataset has one) and the statements of the
 * day of the accusation, each with its publisher, title, date and address, all from the dataset.
 * A statement known only through a news report says so, and an address not opened here gives the
 * copy that was read (`via`), so a citation never claims more than was checked.
 */
import type { Dataset } from '../../data/schema';

type Source = Dataset['sources'][number];

/** The citation's own words and date format, in the popup's language (popup-strings.ts holds them). */
export interface CitationLabels {
  lang: 'en' | 'ar';
  article: string;
  statements: (date: string) => string;
  /** Marks our rendering of the article's Arabic title. */
  ourTranslation: (title: string) => string;
  /** Marks a statement cited from a news report of it, not from the statement itself. */
  reported: string;
  /** Gives the copy that was read, where the original address could not be opened. */
  readAt: (url: string) => string;
  formatDate: (isoDate: string) => string;
}

const quoted = (title: string, lang: 'en' | 'ar') => (lang === 'ar' ? `«${title}»` : `“${title}”`);

/** "Publisher, “Title”, date. address (read at: copy)" with the language's comma; parts the dataset lacks are left out. */
function cite(source: Source, labels: CitationLabels): string {
  const comma = labels.lang === 'ar' ? '، ' : ', ';
  // The article's own title is Arabic; an English citation adds our rendering, marked as ours.
  const title =
    source.kind === 'article' && source.title.ar
      ? `${quoted(source.title.ar, 'ar')}${labels.lang === 'en' ? ` ${labels.ourTranslation(quoted(source.title.en, 'en'))}` : ''}`
      : quoted((labels.lang === 'ar' && source.title.ar) || source.title.en, labels.lang);
  const parts = [source.publisher, title, ...(source.date ? [labels.formatDate(source.date)] : [])];
  const address = source.url ? ` ${source.url}${source.via ? ` ${labels.readAt(source.via)}` : ''}` : '';
  return `${parts.join(comma)}.${address}`;
}

/** The citation, one entry a line; throws when the dataset has no article source (the schema requires one in practice). */
export function storyCitation(dataset: Dataset, labels: CitationLabels): string {
  const article = dataset.sources.find((s) => s.kind === 'article');
  if (!article) throw new Error('storyCitation: the dataset has no article source');
  const day = dataset.article.eventDate;
  const said = dataset.statements.filter((s) => s.side === 'coalition' && s.date === day);
  const lines = [`${labels.article}:`, cite(article, labels), '', `${labels.statements(labels.formatDate(day))}:`];
  for (const statement of said) {
    const source = dataset.sources.find((s) => s.id === statement.source);
    if (source) lines.push(`- ${statement.party[labels.lang]}: ${source.kind === 'primary' ? '' : `${labels.reported} `}${cite(source, labels)}`);
  }
  return `${lines.join('\n')}\n`;
}
