import { chromiumInPage } from './fixtures/in-page-chromium.ts';
import { defineInPageSuite } from './fixtures/in-page-suite.ts';

defineInPageSuite(chromiumInPage);
