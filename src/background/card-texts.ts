/**
 * What the hover card says about an entity, chosen from the dataset: its other
 * names (the one matched on the page first) and the one or two claims of the
 * article most about it. Pure, so it is tested without a browser.
 */
import type { Claim, Dataset, EntityId } from '../data/schema';
import { isEntityId } from '../data/entity-ids';
import type { CardContent, Lang } from '../messaging/protocol';

const MAX_OTHER_NAMES = 8;

function relevantClaims(ds: Pick<Dataset, 'claims'>, id: EntityId): Claim[] {
  const about = ds.claims.filter((c) => c.entities.includes(id));
  // Quotes first (they carry the speaker's own words), then the article's order.
  return [...about.filter((c) => c.quote), ...about.filter((c) => !c.quote)].slice(0, 2);
}

export function cardContent(ds: Dataset, id: string, matched: string, lang: Lang): CardContent | null {
  if (!isEntityId(id)) return null;
  const entity = ds.entities.find((e) => e.id === id);
  if (!entity) return null;
  const name = entity.names[lang];
  const norm = (n: string) => n.toLowerCase().replace(/\s+/g, ' ').trim();
  const written = matched.replace(/\s+/g, ' ').trim().slice(0, 200);
  const seen = new Set([norm(name), norm(written)]);
  const otherNames: string[] = [];
  const push = (n: string) => {
    const key = norm(n);
    if (!key || seen.has(key)) return;
    seen.add(key);
    otherNames.push(n.trim());
  };
  // Names in the reader's script first, then the rest.
  const aliases = entity.aliases.filter((a) => a.highlight !== false);
  aliases.filter((a) => (lang === 'ar') === (a.lang === 'ar')).forEach((a) => push(a.text));
  aliases.forEach((a) => push(a.text));
  const sentences = new Map(ds.article.sentences.map((s) => [s.id, s]));
  const speakers = new Map(ds.speakers.map((s) => [s.id, s]));
  const quotes = relevantClaims(ds, id).map((c) => ({
    claimId: c.id,
    speaker: speakers.get(c.speaker)?.name[lang] ?? c.speaker,
    sentence: sentences.get(c.sentence)?.[lang] ?? c.summary[lang],
    date: c.date,
  }));
  return {
    entityId: entity.id,
    kind: entity.kind,
    name,
    matched: written && norm(written) !== norm(name) ? written : null,
    otherNames: otherNames.slice(0, MAX_OTHER_NAMES),
    description: entity.description[lang],
    role: entity.role[lang],
    quotes,
  };
}
