/**
 * What the export builders take: the page's mentions, each with its entity, the text as written
 * and the sentence it stands in, and where and when they were taken. Pure data, built by the
 * popup from the tab's report.
 */
import type { EntityId } from '../matcher-types';

export interface Finding {
  entity: EntityId;
  /** The entity's name, in the language the export is made in. */
  entityName: string;
  /** The text as written on the page. */
  text: string;
  /** The sentence around it on the page, cut as the content script cut it. */
  sentence: string;
}

export interface PageFindings {
  /** The top frame's address and title. */
  url: string;
  title: string;
  /** When the export was made, ISO 8601 in UTC with milliseconds (Date#toISOString). */
  exportedAt: string;
  findings: Finding[];
}
