/**
 * The bundled dataset, typed. Validation happens at build time and in the tests
 * (see validate-dataset.ts), so runtime code imports it without shipping zod.
 */
import raw from './attribution.json';
import type { Dataset } from './schema';

export const dataset = raw as Dataset;
