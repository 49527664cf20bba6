/** The page's findings as a JSON document: one object, versioned, with every mention in page order. */
import type { PageFindings } from './findings';

/** Bumped when a field changes meaning or goes; new fields may be added without it. */
export const FINDINGS_JSON_VERSION = 1;

export function findingsJson(page: PageFindings): string {
  const document = {
    format: 'attribution-lens-findings',
    version: FINDINGS_JSON_VERSION,
    exportedAt: page.exportedAt,
    page: { url: page.url, title: page.title },
    mentions: page.findings.map((f) => ({ entity: f.entity, entityName: f.entityName, text: f.text, sentence: f.sentence })),
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}
