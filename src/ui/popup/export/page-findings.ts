/**
 * The tab's report as the export builders take it: every frame's mentions in frame order, named
 * in the popup's language, with the top frame's address and title and the time of the export.
 */
import type { PageFindings } from '../../../core/export/findings';
import { dataset } from '../../../data/dataset';
import type { Lang, TabReport } from '../../../messaging/protocol';

export function pageFindings(report: TabReport, lang: Lang, now: Date): PageFindings {
  const names = new Map(dataset.entities.map((e) => [e.id, e.names[lang]]));
  const top = report.frames.find((f) => f.frameId === 0) ?? report.frames[0];
  return {
    url: top?.url ?? '',
    title: top?.title ?? '',
    exportedAt: now.toISOString(),
    findings: report.frames.flatMap((f) =>
      f.mentions.map((m) => ({ entity: m.entity, entityName: names.get(m.entity) ?? m.entity, text: m.text, sentence: m.sentence })),
    ),
  };
}

/** A file name for an export made at `exportedAt`: "attribution-lens-2026-12-06T19-45-12Z.csv". */
export function exportFileName(exportedAt: string, extension: string): string {
  return `attribution-lens-${exportedAt.replace(/\.\d+Z$/, 'Z').replace(/:/g, '-')}.${extension}`;
}
