import { chromium } from './harness/chromium.ts';
import { defineHostileSuite } from './fixtures/hostile-suite.ts';

defineHostileSuite(chromium);
