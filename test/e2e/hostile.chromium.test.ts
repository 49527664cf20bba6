import { chromiumInPage } from './fixtures/in-page-chromium.ts';
import { defineHostileSuite } from './fixtures/hostile-suite.ts';

defineHostileSuite(chromiumInPage);
