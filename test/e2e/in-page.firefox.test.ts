import { firefox } from './harness/firefox.ts';
import { defineInPageSuite } from './fixtures/in-page-suite.ts';

defineInPageSuite(firefox);
