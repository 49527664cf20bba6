/**
 * The page's findings as Markdown, for pasting into notes or a chat: the page (title, address),
 * the time, then each entity with its mentions, each mention with the sentence it stands in.
 * Text from the page is escaped, so a title or a sentence cannot add links, emphasis or HTML.
 */
import type { EntityId } from '../matcher-types';
import type { PageFindings } from './findings';

/** The export's own words, in the popup's language (popup-strings.ts holds them). */
export interface MarkdownLabels {
  heading: string;
  page: string;
  exportedAt: (time: string) => string;
  mentions: (n: number) => string;
  untitled: string;
}

/**
 * Backslash-escapes what CommonMark reads as markup inside a line: emphasis, code, links, HTML,
 * entities, tables and strikethrough. A line break would end a list item, so it becomes a space.
 */
export function escapeMarkdown(text: string): string {
  return text.replace(/\s+/g, ' ').replace(/[\\`*_[\]<>&|~]/g, '\\$&');
}

/** An address as a link only when it is one a Markdown reader takes whole (no space, no angle bracket). */
const link = (url: string) => (/^https?:\/\/[^\s<>]+$/.test(url) ? `<${url}>` : escapeMarkdown(url));

export function findingsMarkdown(page: PageFindings, labels: MarkdownLabels): string {
  const groups = new Map<EntityId, PageFindings['findings']>();
  for (const f of page.findings) groups.set(f.entity, [...(groups.get(f.entity) ?? []), f]);
  const lines = [
    `# ${labels.heading}`,
    '',
    `**${labels.page}:** ${escapeMarkdown(page.title.trim() || labels.untitled)}  `,
    link(page.url),
    '',
    labels.exportedAt(page.exportedAt),
  ];
  for (const found of groups.values()) {
    const first = found[0] as PageFindings['findings'][number];
    lines.push('', `## ${escapeMarkdown(first.entityName)} (${labels.mentions(found.length)})`, '');
    for (const f of found) lines.push(`- **${escapeMarkdown(f.text)}**: ${escapeMarkdown(f.sentence)}`);
  }
  return `${lines.join('\n')}\n`;
}
