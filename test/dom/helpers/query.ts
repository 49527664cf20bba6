/** Queries inside the element a DOM test renders into (read through `root()`, as tests replace it). */
export function queries(root: () => ParentNode) {
  return {
    /** The first match, or a failure naming the selector. */
    $<E extends Element = HTMLElement>(selector: string): E {
      const el = root().querySelector<E>(selector);
      if (!el) throw new Error(`no ${selector}`);
      return el;
    },
    $$: (selector: string) => [...root().querySelectorAll<HTMLElement>(selector)],
  };
}

/** An element's text with its white space folded, as a reader sees it. */
export const text = (el: Element) => (el.textContent ?? '').replace(/\s+/g, ' ').trim();
