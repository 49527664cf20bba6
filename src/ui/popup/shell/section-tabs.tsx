/**
 * The popup's sections as WAI-ARIA tabs (https://www.w3.org/WAI/ARIA/apg/patterns/tabs/):
 * one tab stop for the tab list, arrow keys move between tabs (mirrored in
 * right-to-left layout), Home and End jump to the ends; selection follows focus.
 */
import type { ComponentChildren } from 'preact';
import { useRef } from 'preact/hooks';

export interface SectionTab<Id extends string> {
  id: Id;
  label: string;
  content: ComponentChildren;
}

interface Props<Id extends string> {
  label: string;
  tabs: SectionTab<Id>[];
  selected: Id;
  rtl: boolean;
  onSelect(id: Id): void;
}

export function SectionTabs<Id extends string>({ label, tabs, selected, rtl, onSelect }: Props<Id>) {
  const buttons = useRef<(HTMLButtonElement | null)[]>([]);

  const moveTo = (index: number) => {
    const count = tabs.length;
    const target = tabs[(index + count) % count];
    if (!target) return;
    onSelect(target.id);
    buttons.current[(index + count) % count]?.focus();
  };

  const onKeyDown = (event: KeyboardEvent, index: number) => {
    const forward = rtl ? 'ArrowLeft' : 'ArrowRight';
    const back = rtl ? 'ArrowRight' : 'ArrowLeft';
    if (event.key === forward) moveTo(index + 1);
    else if (event.key === back) moveTo(index - 1);
    else if (event.key === 'Home') moveTo(0);
    else if (event.key === 'End') moveTo(tabs.length - 1);
    else return;
    event.preventDefault();
  };

  return (
    <>
      <div class="tabs" role="tablist" aria-label={label}>
        {tabs.map((tab, i) => (
          <button
            key={tab.id}
            ref={(el) => {
              buttons.current[i] = el;
            }}
            type="button"
            role="tab"
            id={`tab-${tab.id}`}
            class="tab"
            aria-selected={tab.id === selected}
            aria-controls={`panel-${tab.id}`}
            tabIndex={tab.id === selected ? 0 : -1}
            onClick={() => onSelect(tab.id)}
            onKeyDown={(e) => onKeyDown(e, i)}
          >
            {tab.label}
          </button>
        ))}
      </div>
      {tabs.map((tab) => (
        <div
          key={tab.id}
          role="tabpanel"
          id={`panel-${tab.id}`}
          class="panel"
          aria-labelledby={`tab-${tab.id}`}
          hidden={tab.id !== selected}
          // The panel itself is focusable so keyboard users reach its text even when it has no control.
          tabIndex={0}
        >
          {tab.id === selected ? tab.content : null}
        </div>
      ))}
    </>
  );
}
