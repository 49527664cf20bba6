import { firefox } from './harness/firefox.ts';
import { defineHighlightSuite } from './fixtures/highlight-suite.ts';

defineHighlightSuite(firefox);
