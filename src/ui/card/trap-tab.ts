/**
 * Tab and Shift+Tab cycle the card's own controls while it has focus, as in a dialog: opened from
 * the keyboard, the card's "More" and "Close" stay reachable, and focus does not wander into the
 * page behind it (Escape leaves the card; the controller gives focus back to the highlight).
 */
const CONTROLS = 'button:not([disabled]), a[href], [tabindex]:not([tabindex="-1"])';

/** Handles a keydown inside `dialog`; does nothing for keys other than Tab. */
export function trapTab(event: KeyboardEvent, dialog: HTMLElement): void {
  if (event.key !== 'Tab') return;
  const controls = [...dialog.querySelectorAll<HTMLElement>(CONTROLS)].filter((el) => !el.closest('[hidden]'));
  if (!controls.length) return;
  // Inside a shadow root the document's activeElement is the host: ask the root.
  const active = (dialog.getRootNode() as Document | ShadowRoot).activeElement;
  const at = controls.indexOf(active as HTMLElement);
  const next = event.shiftKey ? (at <= 0 ? controls.length - 1 : at - 1) : at === -1 || at === controls.length - 1 ? 0 : at + 1;
  event.preventDefault();
  controls[next]?.focus();
}
