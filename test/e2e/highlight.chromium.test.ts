import { chromium } from './harness/chromium.ts';
import { defineHighlightSuite } from './fixtures/highlight-suite.ts';

defineHighlightSuite(chromium);
