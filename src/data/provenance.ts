/**
 * Provenance of what the card and the popup show, resolved from the dataset: who speaks in a
 * claim (nobody, for the journalist's narration), which governments attributed an entity, and
 * the sources a text cites. Pure, so it is tested in Node against the real dataset.
 */
import type { Claim, Dataset, Entity, EntityId, Statement } from './schema';

export type Source = Dataset['sources'][number];

/** The speaker's id, or null for narration: the journalist's sentences are never signed. */
export function speakerOf(claim: Claim): string | null {
  return claim.kind === 'narration' ? null : claim.speaker;
}

/** The coalition statements that attributed `id`, in the coalition's order. */
export function accusersOf(ds: Pick<Dataset, 'statements'>, id: EntityId): Statement[] {
  return ds.statements.filter((s) => s.side === 'coalition' && s.attributes.some((a) => a.entity === id));
}

/** The sources with these ids, each once, in the dataset's order (unknown ids are skipped: the validator reports them). */
export function sourcesByIds(ds: Pick<Dataset, 'sources'>, ids: Iterable<string>): Source[] {
  const wanted = new Set(ids);
  return ds.sources.filter((s) => wanted.has(s.id));
}

/** Every source an entity's card draws on: its description, role, group names and the claims it shows. */
export function entitySourceIds(entity: Entity, claims: readonly Claim[]): string[] {
  const group = entity.blamedGroup;
  return [
    ...entity.description.sources,
    ...entity.role.sources,
    ...(group ? [...group.by.sources, ...group.names.flatMap((n) => n.sources)] : []),
    ...claims.flatMap((c) => [
      ...c.sources,
      ...(c.check?.sources ?? []),
      ...(c.kind === 'quote' && c.original ? [c.original.source] : []),
    ]),
  ];
}
