import { firefoxInPage } from './fixtures/in-page-firefox.ts';
import { defineHostileSuite } from './fixtures/hostile-suite.ts';

defineHostileSuite(firefoxInPage);
