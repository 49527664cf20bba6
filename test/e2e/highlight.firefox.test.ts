import { firefoxUnderTest } from './fixtures/firefox.ts';
import { defineHighlightSuite } from './fixtures/highlight-suite.ts';

defineHighlightSuite(firefoxUnderTest);
