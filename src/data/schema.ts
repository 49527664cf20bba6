/**
 * The bundled dataset's schema. The dataset is validated with it at build time
 * (wxt.config.ts hook) and in the unit tests; the content script imports the JSON
 * with the inferred type only, so zod never ships in the content bundle.
 */
import { z } from 'zod';

import { ENTITY_IDS } from './entity-ids';

export { ENTITY_IDS };
export const entityIdSchema = z.enum(ENTITY_IDS);

const isoDate = z.string().regex(/^\d{4}-\d{2}(-\d{2})?$/, 'expected YYYY-MM or YYYY-MM-DD');
const nonEmpty = z.string().trim().min(1);
/**
 * Text that must touch a name exactly as written: a leading space is part of it (" online" is the
 * word after a space; "门" sits right against 国家安全部), so it is checked, not trimmed away.
 */
const touching = z.string().refine((s) => s.trim().length > 0, 'expected a non-blank text');
/** English is required everywhere; Arabic is required for what the reader sees in the card and popup. */
const textEnAr = z.strictObject({ en: nonEmpty, ar: nonEmpty });
const textEn = z.strictObject({ en: nonEmpty, ar: nonEmpty.optional() });

export const LANGS = ['en', 'ar', 'zh', 'ja', 'fr', 'de', 'es', 'ru'] as const;

/**
 * How an alias is disambiguated (see src/core/context-rules.ts):
 * - ordinary-word: the name is also a common word or element (Leviathan, HAFNIUM);
 * - acronym: a short abbreviation with other meanings (MSS = TCP maximum segment size);
 * - shared-name: another state's agency has the same name (the Stasi's Ministerium für Staatssicherheit);
 * - state-agency: names China's ministry on any page, unless the words beside it name another state's
 *   (North Korea's Ministry of State Security, the Soviet MGB);
 * - exchange-product: the product name, which counts only as the target of the 2021 compromise.
 */
export const ALIAS_RULES = ['ordinary-word', 'acronym', 'shared-name', 'state-agency', 'exchange-product'] as const;

export const aliasSchema = z.strictObject({
  text: nonEmpty,
  lang: z.enum(LANGS),
  by: nonEmpty,
  /**
   * The written forms the matcher looks for, when they are more than `text` (shown to the reader):
   * (a|b) alternatives, (…)? optional parts, {place} one of the entity's places in this language
   * (src/core/composed-alias.ts).
   */
  pattern: nonEmpty.optional(),
  rule: z.enum(ALIAS_RULES).optional(),
  /**
   * upper: the Latin letters must be upper case (APT40, not "Apt 40"); title: every word starts with a
   * capital (Red Ladon, RED LADON, never red ladon); initial: the first letter is a capital (Exchange
   * servers); exact: as written; upper-spaced: upper case when written with a space ("Apt 40" is an
   * address), any case when joined (Apt40, apt-40 in a list of names).
   */
  case: z.enum(['upper', 'title', 'initial', 'exact', 'upper-spaced']).optional(),
  /** false: listed as another name but never highlighted (too ambiguous to be worth it). */
  highlight: z.boolean().optional(),
  /** Text that, right before / after the name, means it is not this alias ("Exchange Online"). */
  notBefore: z.array(touching).optional(),
  notAfter: z.array(touching).optional(),
  note: nonEmpty.optional(),
  /**
   * false: no published source writes the name so (our own transliteration); it is listed after the
   * attested names, whatever the reader's script.
   */
  attested: z.literal(false).optional(),
  /**
   * true: the name of a company the group worked through (named in an indictment or a sanction), not
   * of the group itself. Highlighted as the group's, but never handed on as one of its names (STIX).
   */
  frontCompany: z.literal(true).optional(),
});

/** Source ids (of `sources`) that state the text they are attached to; the validator checks each exists. */
const sourceIds = z.array(nonEmpty).min(1);
/** Text we wrote (a description, a summary), with the sources that state it. */
const sourcedText = z.strictObject({ en: nonEmpty, ar: nonEmpty, sources: sourceIds });
const httpsUrl = z.url({ protocol: /^https$/ });

/**
 * A speaker's own words, exactly as published, in the language they were published in, with the
 * address where they stand (the original, or the copy we read them in when the original is offline).
 */
export const ownWordsSchema = z.strictObject({
  text: nonEmpty,
  lang: z.enum(LANGS),
  source: nonEmpty,
  url: httpsUrl,
});

/**
 * The group a vendor blamed for an incident, by its names: vendors named it in different years, so a
 * name is shown with the year it was coined, as the group's name, never as another name of the incident.
 */
export const blamedGroupSchema = z.strictObject({
  by: sourcedText,
  names: z
    .array(
      z.strictObject({
        text: nonEmpty,
        vendor: nonEmpty,
        coined: z.number().int().min(2000).max(2100),
        sources: sourceIds,
      }),
    )
    .min(1),
});

/** A place as each language writes it (several spellings allowed); Japanese falls back to Chinese. */
export const placeSchema = z.strictObject({
  en: z.array(nonEmpty).min(1),
  zh: z.array(nonEmpty).min(1),
  ja: z.array(nonEmpty).optional(),
  ar: z.array(nonEmpty).min(1),
  fr: z.array(nonEmpty).min(1),
  de: z.array(nonEmpty).min(1),
  es: z.array(nonEmpty).min(1),
  ru: z.array(nonEmpty).min(1),
});

export const entitySchema = z.strictObject({
  id: entityIdSchema,
  kind: z.enum(['group', 'agency', 'event']),
  names: z.strictObject({ en: nonEmpty, ar: nonEmpty, zh: nonEmpty }),
  description: sourcedText,
  role: sourcedText,
  attack: z.array(z.string().regex(/^G\d{4}$/)),
  cves: z.array(z.string().regex(/^CVE-\d{4}-\d{4,}$/)),
  related: z.array(entityIdSchema),
  blamedGroup: blamedGroupSchema.optional(),
  aliases: z.array(aliasSchema).min(1),
  /** Places an alias pattern's {place} stands for (the ministry's regional bureaus). */
  places: z.array(placeSchema).optional(),
});

export const sentenceSchema = z.strictObject({ id: z.string().regex(/^s\d+$/), ar: nonEmpty, en: nonEmpty });

const claimBase = {
  id: nonEmpty,
  sentence: z.string().regex(/^s\d+$/),
  date: isoDate,
  entities: z.array(entityIdSchema),
  summary: textEnAr,
  sources: sourceIds,
  /** What the primary sources say where the article says more than, or otherwise than, they did. */
  check: z.strictObject({ text: textEnAr, sources: sourceIds }).optional(),
};

/**
 * A claim of the article, by what its sentence is:
 * - narration: the journalist's own sentence; it has no speaker, and the schema refuses one;
 * - report: the article reports what a speaker said, in its own words;
 * - quote: the article quotes a speaker. Its wording is the article's Arabic rendering (shown in our
 *   English translation), never the speaker's own words; `original` holds those, when found, and
 *   `original.differs` says how the article's rendering differs from them in substance.
 */
export const claimSchema = z.discriminatedUnion('kind', [
  z.strictObject({ ...claimBase, kind: z.literal('narration') }),
  z.strictObject({ ...claimBase, kind: z.literal('report'), speaker: nonEmpty }),
  z.strictObject({
    ...claimBase,
    kind: z.literal('quote'),
    speaker: nonEmpty,
    wording: z.literal('article-rendering'),
    original: ownWordsSchema.extend({ differs: textEnAr.optional() }).optional(),
  }),
]);

/**
 * What one government or body said on 19–20 July 2021: for the coalition, what it attributed (each
 * entity in its own words and with its own source); for China, its answer.
 */
export const statementSchema = z.strictObject({
  /** A coalition member's id for the coalition side; any id for China's side. */
  id: nonEmpty,
  side: z.enum(['coalition', 'china']),
  party: textEnAr,
  date: isoDate,
  source: nonEmpty,
  summary: textEnAr,
  words: ownWordsSchema.optional(),
  attributes: z.array(
    z.strictObject({ entity: entityIdSchema, text: textEnAr, source: nonEmpty, words: ownWordsSchema.optional() }),
  ),
});

export const sourceSchema = z.strictObject({
  id: nonEmpty,
  kind: z.enum(['article', 'primary', 'secondary', 'reference']),
  title: textEn,
  publisher: nonEmpty,
  date: isoDate.optional(),
  url: httpsUrl.optional(),
  /** Where we read it, when the original address was not reachable (a copy or a quotation). */
  via: httpsUrl.optional(),
});

/**
 * Coverage: the signals that show a page reports one of the article's claims. A claim is
 * reported when one block of the page holds a term from at least `need` of its groups, and
 * from every group of `with`.
 */
export const coverageClaimSchema = z.strictObject({
  id: nonEmpty,
  /** The article sentence that makes this claim. */
  sentence: z.string().regex(/^s\d+$/),
  label: textEnAr,
  groups: z.array(z.array(nonEmpty).min(1)).min(1),
  need: z.number().int().min(1),
  /** Groups that must match as well, whatever `need` says (the coalition: four members AND an accusation). */
  with: z.array(z.array(nonEmpty).min(1)).optional(),
  /** Where the signals must meet: one block (the default) or one sentence. */
  scope: z.enum(['block', 'sentence']).optional(),
});

export const coverageSchema = z.strictObject({
  rule: textEnAr,
  /** Claims of the July 2021 story that make a page not dated later the same story. */
  sameStoryMinClaims: z.number().int().min(1),
  /** Fewer suffice when the page gives the accusation's day with no year (news of that week). */
  newsMinClaims: z.number().int().min(1),
  claims: z.array(coverageClaimSchema).min(1),
});

export const datasetSchema = z.strictObject({
  version: z.literal(1),
  /** The day its facts were last checked against their sources (docs/fact-check.md); the popup's footer shows it. */
  checked: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD'),
  article: z.strictObject({
    id: nonEmpty,
    lang: z.literal('ar'),
    headline: textEnAr,
    citing: z.literal('Reuters'),
    eventDate: isoDate,
    publishedDate: isoDate,
    note: textEnAr.optional(),
    sentences: z.array(sentenceSchema).min(1),
  }),
  coalition: z.array(z.strictObject({ id: nonEmpty, name: textEnAr })).min(1),
  entities: z.array(entitySchema).length(ENTITY_IDS.length),
  speakers: z.array(z.strictObject({ id: nonEmpty, name: textEnAr })),
  claims: z.array(claimSchema).min(1),
  statements: z.array(statementSchema).min(1),
  timeline: z.array(
    z.strictObject({ date: isoDate, entities: z.array(entityIdSchema), text: textEnAr, sources: sourceIds }),
  ),
  sources: z.array(sourceSchema).min(1),
  coverage: coverageSchema,
});

export type Dataset = z.infer<typeof datasetSchema>;
export type Entity = z.infer<typeof entitySchema>;
export type Alias = z.infer<typeof aliasSchema>;
export type Place = z.infer<typeof placeSchema>;
export type Claim = z.infer<typeof claimSchema>;
export type Statement = z.infer<typeof statementSchema>;
export type OwnWords = z.infer<typeof ownWordsSchema>;
export type EntityId = z.infer<typeof entityIdSchema>;
export type Coverage = z.infer<typeof coverageSchema>;
export type CoverageClaim = z.infer<typeof coverageClaimSchema>;
