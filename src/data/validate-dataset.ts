/**
 * Validates the dataset: the zod schema first, then the cross-references a schema
 * cannot express (unique ids, every reference resolves). Every problem is reported
 * with the path of the entry and its field, e.g. `entities[1] (apt31).aliases[3].lang`.
 */
import { datasetSchema, ENTITY_IDS, type Dataset } from './schema';

export class DatasetError extends Error {
  constructor(readonly problems: string[]) {
    super(`The bundled dataset is invalid:\n  - ${problems.join('\n  - ')}`);
    this.name = 'DatasetError';
  }
}

/** Names a path like ['entities', 1, 'aliases', 3, 'lang'] with the entry's id where it has one. */
function describePath(raw: unknown, path: readonly PropertyKey[]): string {
  let node: unknown = raw;
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') {
      out += `[${key}]`;
      node = Array.isArray(node) ? node[key] : undefined;
      const id = node && typeof node === 'object' ? ((node as { id?: unknown; text?: unknown }).id ?? (node as { text?: unknown }).text) : undefined;
      if (typeof id === 'string') out += ` (${id})`;
    } else {
      out += out ? `.${String(key)}` : String(key);
      node = node && typeof node === 'object' ? (node as Record<PropertyKey, unknown>)[key] : undefined;
    }
  }
  return out || '(root)';
}

function duplicates(values: string[]): string[] {
  const seen = new Set<string>();
  return [...new Set(values.filter((v) => (seen.has(v) ? true : (seen.add(v), false))))];
}

/** Returns the typed dataset or throws a DatasetError naming every bad entry and field. */
export function validateDataset(raw: unknown): Dataset {
  const parsed = datasetSchema.safeParse(raw);
  if (!parsed.success) {
    throw new DatasetError(parsed.error.issues.map((i) => `${describePath(raw, i.path)}: ${i.message}`));
  }
  const ds = parsed.data;
  const problems: string[] = [];
  const sentenceIds = new Set(ds.article.sentences.map((s) => s.id));
  const sourceIds = new Set(ds.sources.map((s) => s.id));
  const speakerIds = new Set(ds.speakers.map((s) => s.id));

  const entityIds = ds.entities.map((e) => e.id);
  for (const id of ENTITY_IDS) if (!entityIds.includes(id)) problems.push(`entities: entity "${id}" is missing`);
  for (const d of duplicates(entityIds)) problems.push(`entities: id "${d}" is used twice`);
  for (const [listName, ids] of [
    ['article.sentences', ds.article.sentences.map((s) => s.id)],
    ['claims', ds.claims.map((c) => c.id)],
    ['sources', ds.sources.map((s) => s.id)],
    ['speakers', ds.speakers.map((s) => s.id)],
  ] as const) {
    for (const d of duplicates([...ids])) problems.push(`${listName}: id "${d}" is used twice`);
  }

  // An alias written twice, for one entity or two, would make a match ambiguous.
  const aliasOwner = new Map<string, string>();
  ds.entities.forEach((e, ei) =>
    e.aliases.forEach((a, ai) => {
      const key = `${a.text.toLowerCase()}|${a.highlight === false ? 'off' : 'on'}`;
      const owner = aliasOwner.get(key);
      if (owner) problems.push(`entities[${ei}] (${e.id}).aliases[${ai}] (${a.text}): also listed at ${owner}`);
      else aliasOwner.set(key, `entities[${ei}] (${e.id}).aliases[${ai}]`);
    }),
  );

  // Every text we show cites sources that exist: a reader can follow each statement to where it is stated.
  const cite = (at: string, ids: readonly string[]) =>
    ids.forEach((id, k) => {
      if (!sourceIds.has(id)) problems.push(`${at}[${k}]: no source "${id}"`);
    });
  const citeOne = (at: string, id: string) => {
    if (!sourceIds.has(id)) problems.push(`${at}: no source "${id}"`);
  };

  ds.entities.forEach((e, i) => {
    const at = `entities[${i}] (${e.id})`;
    cite(`${at}.description.sources`, e.description.sources);
    cite(`${at}.role.sources`, e.role.sources);
    if (e.blamedGroup) {
      cite(`${at}.blamedGroup.by.sources`, e.blamedGroup.by.sources);
      e.blamedGroup.names.forEach((n, k) => cite(`${at}.blamedGroup.names[${k}] (${n.text}).sources`, n.sources));
    }
  });
  ds.claims.forEach((c, i) => {
    const at = `claims[${i}] (${c.id})`;
    if (!sentenceIds.has(c.sentence)) problems.push(`${at}.sentence: no article sentence "${c.sentence}"`);
    if (c.kind !== 'narration' && !speakerIds.has(c.speaker)) problems.push(`${at}.speaker: no speaker "${c.speaker}"`);
    cite(`${at}.sources`, c.sources);
    if (c.check) cite(`${at}.check.sources`, c.check.sources);
    if (c.kind === 'quote' && c.original) citeOne(`${at}.original.source`, c.original.source);
  });
  const coalitionIds = new Set(ds.coalition.map((m) => m.id));
  const statementIds = ds.statements.map((s) => s.id);
  for (const d of duplicates(statementIds)) problems.push(`statements: id "${d}" is used twice`);
  ds.statements.forEach((s, i) => {
    const at = `statements[${i}] (${s.id})`;
    citeOne(`${at}.source`, s.source);
    if (s.words) citeOne(`${at}.words.source`, s.words.source);
    s.attributes.forEach((a, k) => {
      citeOne(`${at}.attributes[${k}] (${a.entity}).source`, a.source);
      if (a.words) citeOne(`${at}.attributes[${k}] (${a.entity}).words.source`, a.words.source);
    });
    if (s.side === 'coalition' && !coalitionIds.has(s.id)) problems.push(`${at}.id: no coalition member "${s.id}"`);
    if (s.side === 'china' && s.attributes.length) problems.push(`${at}.attributes: China's side attributes nothing`);
  });
  // "Who said what" shows every member of the coalition: one statement each.
  for (const id of coalitionIds) {
    if (!ds.statements.some((s) => s.side === 'coalition' && s.id === id)) problems.push(`statements: coalition member "${id}" has no statement`);
  }
  ds.timeline.forEach((t, i) => cite(`timeline[${i}] (${t.date}).sources`, t.sources));
  const coverageIds = ds.coverage.claims.map((c) => c.id);
  for (const d of duplicates(coverageIds)) problems.push(`coverage.claims: id "${d}" is used twice`);
  ds.coverage.claims.forEach((c, i) => {
    const at = `coverage.claims[${i}] (${c.id})`;
    if (!sentenceIds.has(c.sentence)) problems.push(`${at}.sentence: no article sentence "${c.sentence}"`);
    if (c.need > c.groups.length) problems.push(`${at}.need: ${c.need} is more than its ${c.groups.length} group(s)`);
  });
  if (!coverageIds.includes('date')) problems.push('coverage.claims: no "date" claim (the verdict reads its day)');
  if (ds.coverage.newsMinClaims > ds.coverage.sameStoryMinClaims) {
    problems.push('coverage.newsMinClaims: more than sameStoryMinClaims');
  }
  if (ds.coverage.sameStoryMinClaims > ds.coverage.claims.length) {
    problems.push(`coverage.sameStoryMinClaims: more than the ${ds.coverage.claims.length} claims`);
  }
  ds.sources.forEach((s, i) => {
    if (s.kind !== 'article' && !s.url) problems.push(`sources[${i}] (${s.id}).url: only the article may have no link`);
  });
  if (problems.length) throw new DatasetError(problems);
  return ds;
}
