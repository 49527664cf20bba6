/**
 * The page's findings as CSV (RFC 4180): a header row, one row per mention, CRLF line ends, and
 * a field quoted when it holds a comma, a quote or a line break (quotes doubled).
 */
import type { PageFindings } from './findings';

export const CSV_COLUMNS = ['entity', 'entity_name', 'text', 'sentence', 'page_url', 'page_title', 'exported_at'] as const;

/**
 * A byte order mark opens the file: without it Excel reads UTF-8 as the system's legacy code page,
 * and Arabic and Chinese text turns to mojibake. Other readers skip it.
 */
export const CSV_BOM = '\uFEFF';

/**
 * Every cell comes from a web page, and a spreadsheet runs a cell that starts with = + - or @ as a
 * formula (CSV injection: `=HYPERLINK(...)` leaking data, or DDE commands in older Excel). An
 * apostrophe in front makes the spreadsheet show it as text; tab and carriage return are
 * prefixed too, as OWASP advises, since some spreadsheets skip them before reading a formula.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/** One field: defused, then quoted when RFC 4180 requires it. */
export function csvField(value: string): string {
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function findingsCsv(page: PageFindings): string {
  const rows = page.findings.map((f) => [f.entity, f.entityName, f.text, f.sentence, page.url, page.title, page.exportedAt]);
  return `${CSV_BOM}${[[...CSV_COLUMNS], ...rows].map((row) => row.map(csvField).join(',')).join('\r\n')}\r\n`;
}
