/**
 * A plain-text citation of the story: the source article (title, publisher, date, and address
 * when the dataset has one) and the primary statements of the day of the accusation, each with
 * its publisher, title, date and address, all from the dataset.
 */
import type { Dataset } from '../../data/schema';

type Source = Dataset['sources'][number];

/** The citation's own words and date format, in the popup's language (popup-strings.ts holds them). */
export interface CitationLabels {
  lang: 'en' | 'ar';
  article: string;
  statements: (date: string) => string;
  formatDate: (isoDate: string) => string;
}

const quoted = (title: string, lang: 'en' | 'ar') => (lang === 'ar' ? `«${title}»` : `“${title}”`);

/** "Publisher, “Title”, date. address" with the language's comma; parts the dataset lacks are left out. */
function cite(source: Source, labels: CitationLabels): string {
  const comma = labels.lang === 'ar' ? '، ' : ', ';
  const title = (labels.lang === 'ar' && source.title.ar) || source.title.en;
  const parts = [source.publisher, quoted(title, labels.lang), ...(source.date ? [labels.formatDate(source.date)] : [])];
  return `${parts.join(comma)}.${source.url ? ` ${source.url}` : ''}`;
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
    if (source) lines.push(`- ${statement.party[labels.lang]}: ${cite(source, labels)}`);
  }
  return `${lines.join('\n')}\n`;
}
