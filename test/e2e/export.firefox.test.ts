import { launchFirefoxForPopup } from './popup/firefox-driver.ts';
import { defineExportSuite } from './popup/export-suite.ts';

defineExportSuite(launchFirefoxForPopup);
