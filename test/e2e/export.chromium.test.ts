import { launchChromiumForPopup } from './popup/chromium-driver.ts';
import { defineExportSuite } from './popup/export-suite.ts';

defineExportSuite(() => launchChromiumForPopup());
