/** Types shared by the matcher and its callers. No DOM, no browser API. */
import type { Alias, EntityId, Place } from '../data/schema';

export type { Alias, EntityId } from '../data/schema';
export type AliasRule = NonNullable<Alias['rule']>;

/** What the matcher needs of the dataset: each entity's aliases and how to match them. */
export interface MatchTable {
  entities: readonly MatchEntity[];
}

export interface MatchEntity {
  id: EntityId;
  aliases: readonly Pick<Alias, 'text' | 'lang' | 'pattern' | 'rule' | 'case' | 'notBefore' | 'notAfter' | 'highlight'>[];
  places?: readonly Place[];
}

/** One mention found in a text. Offsets are UTF-16 indexes into the original text. */
export interface Mention {
  entity: EntityId;
  /** Start of the highlight: includes attached Arabic clitics (بـ، و، ل…), so a word is never cut. */
  start: number;
  end: number;
  /** Start of the name itself, without clitics. */
  nameStart: number;
  /** The dataset alias that matched, as written in the dataset. */
  alias: string;
  /** The text as written on the page (clitics included). */
  text: string;
}

/** A mention before the page-level decision: `page` means "accept if the page is about the story". */
export interface Candidate extends Mention {
  verdict: 'accept' | 'page';
  /** True when the alias needs no context at all (it names the entity on any page). */
  unambiguous: boolean;
}
