/**
 * "Report a problem": the report a user copies (or opens as a new issue) about a false
 * positive, a missed name or a wrong entity. Built here from what the user chose, as
 * Markdown in the popup's language; nothing is sent anywhere. Pure, so it is tested in Node.
 * The fields follow the README's "Report a false positive or a missed name" template.
 */
import type { EntityId } from '../../../core';
import type { PopupStrings } from '../shell/popup-strings';

export const PROBLEM_KINDS = ['false-positive', 'missed-name', 'wrong-entity'] as const;
export type ProblemKind = (typeof PROBLEM_KINDS)[number];

export interface ProblemInput {
  kind: ProblemKind;
  /** The inspected page's address. */
  pageUrl: string;
  /** The words on the page, picked from the list or typed. */
  text: string;
  /** The snippet around a picked mention, when there is one. */
  around: string;
  /** The entity the page's highlight names, for a picked mention. */
  highlightedAs: EntityId | null;
  /** The entity the user says the text names (missed name, wrong entity). */
  entity: EntityId | null;
  /** The user's own words; when empty, what the kind implies is written instead. */
  expected: string;
  browser: string;
  version: string;
  /** The dataset's checked date, written out. */
  dataChecked: string;
}

export interface ProblemReport {
  title: string;
  /** Markdown, without the title. */
  body: string;
}

/** One line of Markdown text: user text never breaks the list or starts a heading. */
const oneLine = (s: string) => s.replace(/\s+/g, ' ').trim();

/** The report's title and body, in the strings' language. `entityName` names an entity for readers. */
export function buildProblemReport(
  input: ProblemInput,
  strings: PopupStrings['report'],
  entityName: (id: EntityId) => string,
): ProblemReport {
  const named = (id: EntityId | null) => (id ? `${entityName(id)} (\`${id}\`)` : strings.none);
  const text = oneLine(input.text);
  const did = input.kind === 'missed-name' || !input.highlightedAs ? strings.didNothing : strings.didHighlight(named(input.highlightedAs));
  const implied = input.kind === 'false-positive' ? strings.expectNot : strings.expectAs(named(input.entity));
  const expected = oneLine(input.expected) || implied;
  const entity = input.kind === 'false-positive' ? input.highlightedAs : input.entity;
  const { fields } = strings;
  const lines: [string, string][] = [
    [fields.page, input.pageUrl],
    [fields.text, text ? `\`${text.replace(/`/g, "'")}\`` : strings.missing],
    ...(input.around ? ([[fields.around, oneLine(input.around)]] as [string, string][]) : []),
    [fields.entity, named(entity)],
    [fields.did, did],
    [fields.expected, expected],
    [fields.browser, input.browser],
    [fields.extension, strings.extensionLine(input.version, input.dataChecked)],
  ];
  return {
    title: `[${strings.kindTag[input.kind]}] ${text || strings.missing}`,
    body: lines.map(([label, value]) => `- **${label}:** ${value}`).join('\n'),
  };
}

/** The whole report as one Markdown text, the title as its heading: what "Copy report" copies. */
export const reportMarkdown = (report: ProblemReport): string => `## ${report.title}\n\n${report.body}\n`;

/**
 * The address of a new, prefilled issue on the project's tracker (package.json `bugs.url`, read
 * at build time), or null without one. GitHub and GitLab both take `title` and `body` at `…/new`.
 */
export function newIssueUrl(bugsUrl: string | null, report: ProblemReport): string | null {
  if (!bugsUrl) return null;
  let url: URL;
  try {
    url = new URL(`${bugsUrl.replace(/\/+$/, '')}/new`);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:') return null;
  url.searchParams.set('title', report.title);
  url.searchParams.set('body', report.body);
  return url.href;
}

/** The browser and its major version from a user agent string, e.g. "Firefox 140", "Chrome 156". */
export function browserOf(userAgent: string): string {
  const firefox = /Firefox\/(\d+)/.exec(userAgent);
  if (firefox) return `Firefox ${firefox[1]}`;
  const edge = /Edg\/(\d+)/.exec(userAgent);
  if (edge) return `Edge ${edge[1]}`;
  const chrome = /Chrom(?:e|ium)\/(\d+)/.exec(userAgent);
  if (chrome) return `Chrome ${chrome[1]}`;
  return userAgent;
}

/** The `bugs.url` of a package.json, if it has one (a string `bugs` is the URL itself). */
export function bugsUrlOf(packageJson: unknown): string | null {
  if (typeof packageJson !== 'object' || packageJson === null) return null;
  const bugs = (packageJson as { bugs?: unknown }).bugs;
  if (typeof bugs === 'string') return bugs || null;
  const url = typeof bugs === 'object' && bugs !== null ? (bugs as { url?: unknown }).url : undefined;
  return typeof url === 'string' && url ? url : null;
}
