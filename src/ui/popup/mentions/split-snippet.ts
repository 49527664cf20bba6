/**
 * Splits a mention's snippet around the mention, so the popup can mark it. Pure.
 */

export interface SnippetParts {
  before: string;
  match: string;
  after: string;
}

/**
 * The first occurrence of `text` in `snippet`; when the snippet does not contain
 * it (the page text was normalised differently), the whole snippet is `before`.
 */
export function splitSnippet(snippet: string, text: string): SnippetParts {
  // Snippets are collapsed to single spaces; a mention spanning a line break is too.
  const needle = text.replace(/\s+/g, ' ').trim();
  const at = needle ? snippet.indexOf(needle) : -1;
  if (at < 0) return { before: snippet, match: '', after: '' };
  return { before: snippet.slice(0, at), match: needle, after: snippet.slice(at + needle.length) };
}
