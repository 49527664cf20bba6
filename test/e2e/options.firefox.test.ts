import { launchFirefoxForOptions } from './options/firefox-driver.ts';
import { defineOptionsSuite } from './options/suite.ts';

defineOptionsSuite(launchFirefoxForOptions);
