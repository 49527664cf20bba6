import { firefox } from './harness/firefox.ts';
import { defineOptionsSuite } from './options/suite.ts';

defineOptionsSuite(firefox);
