import { firefox } from './harness/firefox.ts';
import { definePopupSuite } from './popup/suite.ts';

definePopupSuite(firefox);
