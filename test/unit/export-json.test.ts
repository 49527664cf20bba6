import { describe, expect, it } from 'vitest';
import { FINDINGS_JSON_VERSION, findingsJson } from '../../src/core/export/json';
import { page } from './helpers/export-findings';

describe('findingsJson', () => {
  it('one versioned document: the page, the time and every mention in order', () => {
    const doc = JSON.parse(findingsJson(page()));
    expect(doc).toEqual({
      format: 'attribution-lens-findings',
      version: FINDINGS_JSON_VERSION,
      exportedAt: page().exportedAt,
      page: { url: page().url, title: page().title },
      mentions: page().findings.map(({ entity, entityName, text, sentence }) => ({ entity, entityName, text, sentence })),
    });
  });

  it('keeps the page’s text exactly, quotes and scripts included', () => {
    const sentence = 'قالت "بريطانيا" إن وزارة أمن الدولة \\ 国家安全部 </script>';
    const doc = JSON.parse(findingsJson(page({ findings: [{ ...page().findings[1]!, sentence }] })));
    expect(doc.mentions[0].sentence).toBe(sentence);
  });
});
