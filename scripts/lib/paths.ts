import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root (this file is scripts/lib/paths.ts). */
export const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** The shared development corpus, read in place and never copied into the project. */
export const DEFAULT_CORPUS_DIR = path.resolve(PROJECT_ROOT, '../shared/corpus');

/** Where `npm run build` puts the two browser builds. */
export const CHROME_BUILD_DIR = path.resolve(PROJECT_ROOT, '.output/chrome-mv3');
export const FIREFOX_BUILD_DIR = path.resolve(PROJECT_ROOT, '.output/firefox-mv2');
