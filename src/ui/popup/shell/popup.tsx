/**
 * The whole popup as a view of plain data: the header (which stays in view) with the
 * switch for this site, the four sections, and the footer, whose "Report a problem"
 * replaces the sections with the report until the reader goes back. Browser work (tabs, storage, messages) is wired in
 * entrypoints/popup/App.tsx, so this renders the same in a DOM test.
 */
import { useRef, useState } from 'preact/hooks';
import type { Settings } from '../../../settings/settings-schema';
import { directionOf } from '../../language';
import type { Lang } from '../../../messaging/protocol';
import { popupStrings } from './popup-strings';
import type { LocatedMention } from '../mentions/group-mentions';
import { CoverageSection } from '../coverage/coverage-section';
import { MentionsSection } from '../mentions/mentions-section';
import type { PageState } from './page-state';
import type { GatedSectionProps } from './page-gate';
import { PopupFooter } from './popup-footer';
import { ReportForm } from '../report/report-form';
import { SectionTabs } from './section-tabs';
import { SiteSwitch } from './site-switch';
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
  /** The extension's version (the manifest's), for the footer and reports. */
  version?: string;
  /** The browser and its version, for reports. */
  browser?: string;
  /** The project's issue tracker (package.json `bugs.url` at build time), or null. */
  bugsUrl?: string | null;
  /** Opens the options page from the settings section. */
  onOpenOptions?(): void;
}

export function Popup(props: PopupProps) {
  const { lang, settings, page, revealStatus, onSettingsChange, onReveal, coverage, onOpenOptions } = props;
  const [section, setSection] = useState<SectionId>('page');
  const [reporting, setReporting] = useState(false);
  const reportButton = useRef<HTMLButtonElement>(null);
  const strings = popupStrings(lang);
  const host = page.kind === 'page' ? page.host : null;
  const gated: GatedSectionProps = { page, settings, lang, strings, onReadStory: () => setSection('story') };
  const closeReport = () => {
    setReporting(false);
    // Back where the reader left: the footer's button that opened the report.
    queueMicrotask(() => reportButton.current?.focus());
  };

  return (
    <div class="popup" lang={lang} dir={directionOf(lang)}>
      <header class="popup-header">
        <h1>{strings.appName}</h1>
        {host === null ? null : (
          <SiteSwitch settings={settings} host={host} strings={strings} onChange={onSettingsChange} />
        )}
      </header>
      <main>
        {reporting ? (
          <ReportForm
            page={page}
            lang={lang}
            strings={strings}
            version={props.version ?? ''}
            browser={props.browser ?? ''}
            bugsUrl={props.bugsUrl ?? null}
            onClose={closeReport}
          />
        ) : (
          <SectionTabs<SectionId>
            label={strings.sections}
            selected={section}
            rtl={lang === 'ar'}
            onSelect={setSection}
            tabs={[
              {
                id: 'page',
                label: strings.onThisPage,
                content: <MentionsSection {...gated} revealStatus={revealStatus} onReveal={onReveal} />,
              },
              { id: 'coverage', label: strings.coverage, content: <CoverageSection {...gated} access={coverage} /> },
              { id: 'story', label: strings.story, content: <StorySection lang={lang} strings={strings} /> },
              {
                id: 'settings',
                label: strings.settings,
                content: (
                  <SettingsSection
                    settings={settings}
                    lang={lang}
                    strings={strings}
                    onChange={onSettingsChange}
                    onOpenOptions={onOpenOptions}
                  />
                ),
              },
            ]}
          />
        )}
      </main>
      <PopupFooter
        version={props.version ?? ''}
        lang={lang}
        strings={strings}
        reporting={reporting}
        buttonRef={reportButton}
        onReport={() => (reporting ? closeReport() : setReporting(true))}
      />
    </div>
  );
}
