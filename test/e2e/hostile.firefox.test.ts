import { firefox } from './harness/firefox.ts';
import { defineHostileSuite } from './fixtures/hostile-suite.ts';

defineHostileSuite(firefox);
