import { chromium } from './harness/chromium.ts';
import { defineInPageSuite } from './fixtures/in-page-suite.ts';

defineInPageSuite(chromium, { screenshots: true });
