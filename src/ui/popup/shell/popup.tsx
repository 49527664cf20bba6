/**
 * The whole popup as a view of plain data: the header with the language switch,
 * and the four sections. Browser work (tabs, storage, messages) is wired in
 * entrypoints/popup/App.tsx, so this renders the same in a DOM test.
 */
import { useState } from 'preact/hooks';
import type { Settings } from '../../../settings/settings-schema';
import { directionOf } from '../../language';
import type { Lang } from '../../../messaging/protocol';
import { popupStrings } from './popup-strings';
import type { LocatedMention } from '../mentions/group-mentions';
import { CoverageSection } from '../coverage/coverage-section';
import { LanguageSwitch } from './language-switch';
import { MentionsSection } from '../mentions/mentions-section';
import type { PageState } from './page-state';
import { SectionTabs } from './section-tabs';
import { SettingsSection } from '../settings/settings-section';
import { StorySection } from '../story/story-section';
import type { CoverageAccess } from '../coverage/use-coverage';

export type SectionId = 'page' | 'coverage' | 'story' | 'settings';

export interface PopupProps {
  lang: Lang;
  settings: Settings;
  page: PageState;
  revealStatus: string;
  onSettingsChange(change: Partial<Settings>): void;
  onReveal(mention: LocatedMention): void;
  /** Asks for the page's coverage and reveals its sentences; must keep its identity across renders. */
  coverage: CoverageAccess;
  /** Opens the options page from the settings section. */
  onOpenOptions?(): void;
}

export function Popup({ lang, settings, page, revealStatus, onSettingsChange, onReveal, coverage, onOpenOptions }: PopupProps) {
  const [section, setSection] = useState<SectionId>('page');
  const strings = popupStrings(lang);
  const host = page.kind === 'page' ? page.host : null;

  return (
    <div class="popup" lang={lang} dir={directionOf(lang)}>
      <header class="popup-header">
        <h1>{strings.appName}</h1>
        <LanguageSwitch
          value={settings.language}
          strings={strings}
          onChange={(language) => onSettingsChange({ language })}
        />
      </header>
      <main>
        <SectionTabs<SectionId>
          label={strings.sections}
          selected={section}
          rtl={lang === 'ar'}
          onSelect={setSection}
          tabs={[
            {
              id: 'page',
              label: strings.onThisPage,
              content: (
                <MentionsSection
                  page={page}
                  settings={settings}
                  lang={lang}
                  strings={strings}
                  revealStatus={revealStatus}
                  onReveal={onReveal}
                  onReadStory={() => setSection('story')}
                />
              ),
            },
            {
              id: 'coverage',
              label: strings.coverage,
              content: (
                <CoverageSection
                  page={page}
                  settings={settings}
                  lang={lang}
                  strings={strings}
                  access={coverage}
                  onReadStory={() => setSection('story')}
                />
              ),
            },
            { id: 'story', label: strings.story, content: <StorySection lang={lang} strings={strings} /> },
            {
              id: 'settings',
              label: strings.settings,
              content: (
                <SettingsSection
                  settings={settings}
                  host={host}
                  lang={lang}
                  strings={strings}
                  onChange={onSettingsChange}
                  onOpenOptions={onOpenOptions}
                />
              ),
            },
          ]}
        />
      </main>
    </div>
  );
}
