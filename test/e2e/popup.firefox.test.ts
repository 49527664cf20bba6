import { launchFirefoxForPopup } from './popup/firefox-driver.ts';
import { definePopupSuite } from './popup/suite.ts';

definePopupSuite(launchFirefoxForPopup);
