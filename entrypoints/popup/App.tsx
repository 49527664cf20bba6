import { useCallback, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { sendMessage } from '../../src/messaging/protocol';
import { popupStrings } from '../../src/ui/popup/shell/popup-strings';
import type { LocatedMention } from '../../src/ui/popup/mentions/group-mentions';
import { Popup } from '../../src/ui/popup/shell/popup';
import { usePageReport } from '../../src/ui/popup/shell/use-page-report';
import type { CoverageAccess } from '../../src/ui/popup/coverage/use-coverage';
import { useExtensionPage } from '../../src/ui/use-extension-page';
import { browserOf } from '../../src/ui/popup/report/problem-report';

/** package.json `bugs.url` at build time (wxt.config.ts), or null. */
declare const __BUGS_URL__: string | null;

/** The Coverage section's messages: the background compares the page, its top frame scrolls. Defined once. */
const coverageAccess: CoverageAccess = {
  load: (tabId) => sendMessage('getCoverage', { tabId }),
  reveal: (tabId, { block, start, end }) =>
    sendMessage('revealText', { block, start, end }, { tabId, frameId: 0 }).catch(() => false),
};

/** Wires the popup view to the browser: the inspected tab, the settings, and revealing a mention. */
export function App() {
  const { settings, changeSettings, lang } = useExtensionPage((l) => popupStrings(l).appName);
  const page = usePageReport(location.search);
  const [revealStatus, setRevealStatus] = useState('');

  const reveal = useCallback(
    async (mention: LocatedMention) => {
      if (page.kind !== 'page') return;
      setRevealStatus('');
      const shown = await sendMessage(
        'revealMention',
        { id: mention.id },
        { tabId: page.tabId, frameId: mention.frameId },
      ).catch(() => false);
      if (!shown) setRevealStatus(popupStrings(lang).revealFailed);
    },
    [page, lang],
  );

  // Nothing until the settings are read: drawing in English first would flash before Arabic.
  if (!settings) return null;
  return (
    <Popup
      lang={lang}
      settings={settings}
      page={page}
      revealStatus={revealStatus}
      onSettingsChange={changeSettings}
      onReveal={(m) => void reveal(m)}
      coverage={coverageAccess}
      version={browser.runtime.getManifest().version}
      browser={browserOf(navigator.userAgent)}
      bugsUrl={__BUGS_URL__}
      onOpenOptions={() => void browser.runtime.openOptionsPage()}
    />
  );
}
