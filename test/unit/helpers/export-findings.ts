/** Findings shared by the export builders' tests. */
import type { PageFindings } from '../../../src/core/export/findings';

export const page = (over: Partial<PageFindings> = {}): PageFindings => ({
  url: 'http://127.0.0.1/story.html',
  title: 'China accused of Exchange hack',
  exportedAt: '2026-12-06T19:45:12.345Z',
  findings: [
    { entity: 'apt40', entityName: 'APT40', text: 'APT40', sentence: 'The UK said APT40 worked for the MSS.' },
    { entity: 'mss', entityName: 'Ministry of State Security (MSS)', text: 'MSS', sentence: 'The UK said APT40 worked for the MSS.' },
    { entity: 'apt40', entityName: 'APT40', text: 'Leviathan', sentence: 'Leviathan, also known as APT40, “said”, then left.' },
  ],
  ...over,
});
