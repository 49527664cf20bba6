import { chromiumUnderTest } from './fixtures/chromium.ts';
import { defineHighlightSuite } from './fixtures/highlight-suite.ts';

defineHighlightSuite(chromiumUnderTest);
