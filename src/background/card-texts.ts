/**
 * What the hover card says about an entity, chosen from the dataset: its other
 * names (the one matched on the page first), the group blamed (for the incident),
 * the one or two claims of the article most about it with their provenance, and
 * the sources all of it draws on. Pure, so it is tested without a browser.
 */
import type { Claim, Dataset, EntityId } from '../data/schema';
import { isEntityId } from '../data/entity-ids';
import { entitySourceIds, sourcesByIds, speakerOf } from '../data/provenance';
import type { CardContent, CardQuote, Lang } from '../messaging/protocol';

const MAX_OTHER_NAMES = 8;

function relevantClaims(ds: Pick<Dataset, 'claims'>, id: EntityId): Claim[] {
  const about = ds.claims.filter((c) => c.entities.includes(id));
  // Quotes first (they carry the speaker's own words), then reports, then narration; the article's order within each.
  const rank: Record<Claim['kind'], number> = { quote: 0, report: 1, narration: 2 };
  return about
    .map((c, i) => ({ c, i }))
    .sort((a, b) => rank[a.c.kind] - rank[b.c.kind] || a.i - b.i)
    .slice(0, 2)
    .map(({ c }) => c);
}

export function cardContent(ds: Dataset, id: string, matched: string, lang: Lang): CardContent | null {
  if (!isEntityId(id)) return null;
  const entity = ds.entities.find((e) => e.id === id);
  if (!entity) return null;
  const name = entity.names[lang];
  const norm = (n: string) => n.toLowerCase().replace(/\s+/g, ' ').trim();
  const written = matched.replace(/\s+/g, ' ').trim().slice(0, 200);
  // The incident's group names are the group's, not the incident's: they are listed as the group blamed.
  const groupNames = new Set((entity.blamedGroup?.names ?? []).map((n) => norm(n.text)));
  const seen = new Set([norm(name), norm(written), ...groupNames]);
  const otherNames: string[] = [];
  const push = (n: string) => {
    const key = norm(n);
    if (!key || seen.has(key)) return;
    seen.add(key);
    otherNames.push(n.trim());
  };
  // Attested names in the reader's script first, then the other attested names, then our own transliterations.
  // A front company's name is highlighted as the group's but is not another name of it.
  const aliases = entity.aliases.filter((a) => a.highlight !== false && !a.frontCompany);
  const attested = aliases.filter((a) => a.attested !== false);
  attested.filter((a) => (lang === 'ar') === (a.lang === 'ar')).forEach((a) => push(a.text));
  attested.forEach((a) => push(a.text));
  aliases.forEach((a) => push(a.text));
  const sentences = new Map(ds.article.sentences.map((s) => [s.id, s]));
  const speakers = new Map(ds.speakers.map((s) => [s.id, s]));
  const claims = relevantClaims(ds, id);
  const quotes = claims.map((c): CardQuote => {
    const speakerId = speakerOf(c);
    const original = c.kind === 'quote' ? c.original : undefined;
    return {
      claimId: c.id,
      kind: c.kind,
      speaker: speakerId === null ? null : (speakers.get(speakerId)?.name[lang] ?? speakerId),
      sentence: sentences.get(c.sentence)?.[lang] ?? c.summary[lang],
      date: c.date,
      original: original
        ? { text: original.text, lang: original.lang, url: original.url, differs: original.differs?.[lang] ?? null }
        : null,
      check: c.check?.text[lang] ?? null,
    };
  });
  const group = entity.blamedGroup;
  return {
    entityId: entity.id,
    kind: entity.kind,
    name,
    matched: written && norm(written) !== norm(name) ? written : null,
    otherNames: otherNames.slice(0, MAX_OTHER_NAMES),
    description: entity.description[lang],
    role: entity.role[lang],
    group: group
      ? { by: group.by[lang], names: group.names.map((n) => ({ text: n.text, vendor: n.vendor, coined: n.coined })) }
      : null,
    quotes,
    // The article is named by the card's own source line; these are the others it draws on.
    sources: sourcesByIds(ds, entitySourceIds(entity, claims))
      .filter((s) => s.kind !== 'article')
      .map((s) => ({
      title: s.title[lang] ?? s.title.en,
      publisher: s.publisher,
      url: s.url ?? null,
    })),
    dates: { event: ds.article.eventDate, published: ds.article.publishedDate },
  };
}
