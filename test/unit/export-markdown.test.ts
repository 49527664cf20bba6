import { describe, expect, it } from 'vitest';
import { escapeMarkdown, findingsMarkdown, type MarkdownLabels } from '../../src/core/export/markdown';
import { page } from './helpers/export-findings';

const labels: MarkdownLabels = {
  heading: 'Attribution Lens: mentions on this page',
  page: 'Page',
  exportedAt: (t) => `Exported ${t}`,
  mentions: (n) => `${n} ${n === 1 ? 'mention' : 'mentions'}`,
  untitled: '(untitled)',
};

describe('findingsMarkdown', () => {
  it('the page, the time, then each entity in page order with its mentions and their sentences', () => {
    expect(findingsMarkdown(page(), labels)).toBe(
      [
        '# Attribution Lens: mentions on this page',
        '',
        '**Page:** China accused of Exchange hack  ',
        '<http://127.0.0.1/story.html>',
        '',
        'Exported 2026-12-06T19:45:12.345Z',
        '',
        '## APT40 (2 mentions)',
        '',
        '- **APT40**: The UK said APT40 worked for the MSS.',
        '- **Leviathan**: Leviathan, also known as APT40, “said”, then left.',
        '',
        '## Ministry of State Security (MSS) (1 mention)',
        '',
        '- **MSS**: The UK said APT40 worked for the MSS.',
        '',
      ].join('\n'),
    );
  });

  it('escapes what the page wrote, so it cannot add links, emphasis or HTML', () => {
    expect(escapeMarkdown('[click](http://evil.test) *bold* _it_ <img src=x> `code` a|b ~~s~~ &amp; \\')).toBe(
      '\\[click\\](http://evil.test) \\*bold\\* \\_it\\_ \\<img src=x\\> \\`code\\` a\\|b \\~\\~s\\~\\~ \\&amp; \\\\',
    );
    const md = findingsMarkdown(page({ title: '# Not\na heading', url: 'javascript:alert(1)' }), labels);
    expect(md).toContain('**Page:** # Not a heading  ');
    expect(md).toContain('\njavascript:alert(1)\n');
    expect(md).not.toContain('<javascript:');
  });

  it('names an untitled page so', () => {
    expect(findingsMarkdown(page({ title: '  ' }), labels)).toContain('**Page:** (untitled)');
  });
});
