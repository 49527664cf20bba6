/**
 * The properties STIX 2.1 requires of each object type this extension writes (the OASIS spec's
 * "Required Properties", as in the cti-stix2-json-schemas schemas), checked field by field. Returns
 * the problems found, so a failing test names them. Shared by the unit test and the E2E suite.
 */

const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}';
/** RFC 3339 in UTC, to the millisecond (STIX 2.1: created and modified MUST be precise to the millisecond). */
const TIMESTAMP_MS = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;
const idOf = (type: string) => new RegExp(`^${type}--${UUID}$`);
const anyId = new RegExp(`^[a-z][a-z0-9-]+--${UUID}$`);

type Check = (o: Record<string, unknown>) => string | null;
const text = (key: string): Check => (o) => (typeof o[key] === 'string' && (o[key] as string).length > 0 ? null : `${key} missing`);
const stamp = (key: string): Check => (o) => (typeof o[key] === 'string' && TIMESTAMP_MS.test(o[key] as string) ? null : `${key} not an RFC 3339 ms timestamp`);
const ref = (key: string): Check => (o) => (typeof o[key] === 'string' && anyId.test(o[key] as string) ? null : `${key} not an identifier`);

const REQUIRED: Record<string, Check[]> = {
  report: [
    text('name'),
    stamp('published'),
    (o) => (Array.isArray(o.object_refs) && o.object_refs.length > 0 && o.object_refs.every((r) => typeof r === 'string' && anyId.test(r)) ? null : 'object_refs not a non-empty list of identifiers'),
  ],
  'intrusion-set': [text('name')],
  identity: [text('name'), text('identity_class')],
  vulnerability: [text('name')],
  relationship: [text('relationship_type'), ref('source_ref'), ref('target_ref')],
};

/** External references (STIX 2.1): source_name, and one of description, url or external_id. */
function referenceProblems(o: Record<string, unknown>): string[] {
  if (o.external_references === undefined) return [];
  if (!Array.isArray(o.external_references) || o.external_references.length === 0) return ['external_references not a non-empty list'];
  return o.external_references.flatMap((r: Record<string, unknown>) =>
    typeof r.source_name === 'string' && ['description', 'url', 'external_id'].some((k) => typeof r[k] === 'string') ? [] : ['an external reference lacks source_name or its detail'],
  );
}

/** Problems of one object ("" when none), each prefixed with the object's id. */
export function stixObjectProblems(object: unknown): string[] {
  if (!object || typeof object !== 'object') return ['not an object'];
  const o = object as Record<string, unknown>;
  const type = typeof o.type === 'string' ? o.type : '';
  const checks = REQUIRED[type];
  if (!checks) return [`${String(o.id)}: unexpected type ${type}`];
  const problems = [
    o.spec_version === '2.1' ? null : 'spec_version not "2.1"',
    typeof o.id === 'string' && idOf(type).test(o.id) ? null : `id not ${type}--<uuid>`,
    stamp('created')(o),
    stamp('modified')(o),
    ...checks.map((check) => check(o)),
  ].filter((p): p is string => p !== null);
  return [...problems, ...referenceProblems(o)].map((p) => `${String(o.id)}: ${p}`);
}

/** Problems of a bundle: its own shape, each object's, and references to objects not in it. */
export function stixBundleProblems(bundle: unknown): string[] {
  if (!bundle || typeof bundle !== 'object') return ['not an object'];
  const b = bundle as Record<string, unknown>;
  if (b.type !== 'bundle' || typeof b.id !== 'string' || !idOf('bundle').test(b.id) || !Array.isArray(b.objects)) return ['not a bundle'];
  const objects = b.objects as Record<string, unknown>[];
  const ids = new Set(objects.map((o) => o.id));
  const dangling = objects.flatMap((o) =>
    [...((o.object_refs as string[] | undefined) ?? []), ...[o.source_ref, o.target_ref].filter((r): r is string => typeof r === 'string')]
      .filter((r) => !ids.has(r))
      .map((r) => `${String(o.id)}: refers to ${r}, not in the bundle`),
  );
  const duplicates = ids.size === objects.length ? [] : ['two objects share an id'];
  return [...objects.flatMap(stixObjectProblems), ...dangling, ...duplicates];
}
