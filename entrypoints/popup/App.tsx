import { useCallback, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { sendMessage } from '../../src/messaging/protocol';
import { resolveLanguage } from '../../src/ui/language';
import { popupStrings } from '../../src/ui/popup/shell/popup-strings';
import type { LocatedMention } from '../../src/ui/popup/mentions/group-mentions';
import { Popup } from '../../src/ui/popup/shell/popup';
import { useDocumentLanguage } from '../../src/ui/popup/shell/use-document-language';
import { usePageReport } from '../../src/ui/popup/shell/use-page-report';
import type { CoverageAccess } from '../../src/ui/popup/coverage/use-coverage';
import { useSettings } from '../../src/ui/use-settings';

/** The Coverage section's messages: the background compares the page, its top frame scrolls. Defined once. */
const coverageAccess: CoverageAccess = {
  load: (tabId) => sendMessage('getCoverage', { tabId }),
  reveal: (tabId, { block, start, end }) =>
    sendMessage('revealText', { block, start, end }, { tabId, frameId: 0 }).catch(() => false),
};

/** Wires the popup view to the browser: the inspected tab, the settings, and revealing a mention. */
export function App() {
  const [settings, changeSettings] = useSettings();
  const page = usePageReport(location.search);
  const lang = resolveLanguage(settings?.language ?? 'auto', browser.i18n.getUILanguage());
  const [revealStatus, setRevealStatus] = useState('');
  useDocumentLanguage(lang);

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
      onOpenOptions={() => void browser.runtime.openOptionsPage()}
    />
  );
}
