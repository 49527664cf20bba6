import { firefoxInPage } from './fixtures/in-page-firefox.ts';
import { defineInPageSuite } from './fixtures/in-page-suite.ts';

defineInPageSuite(firefoxInPage);
