/**
 * One mention in the "On this page" list: a button that takes the page to it. The name is
 * marked in its entity's colour, as on the page.
 */
import { entityMarkStyle } from '../../entity-palette';
import type { LocatedMention } from './group-mentions';
import { splitSnippet } from './split-snippet';

interface Props {
  mention: LocatedMention;
  onReveal(mention: LocatedMention): void;
}

export function MentionItem({ mention, onReveal }: Props) {
  const { before, match, after } = splitSnippet(mention.snippet, mention.text);
  const style = entityMarkStyle(mention.entity);
  return (
    <li>
      {/* dir="auto": page text can be in any language, whatever the popup's. */}
      <button type="button" class="mention" dir="auto" onClick={() => onReveal(mention)}>
        {match ? (
          <>
            {before}
            <mark style={style}>{match}</mark>
            {after}
          </>
        ) : (
          // The snippet lost the mention's exact form: name it first, then the context.
          <>
            <mark style={style}>{mention.text}</mark> {before}
          </>
        )}
      </button>
    </li>
  );
}
