#!/usr/bin/env node
// Lints the Firefox build with web-ext (addons-linter) and prints a compact summary: the counts,
// then one line per message. Exits non-zero when the linter reports errors.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const result = spawnSync('npx', ['web-ext', 'lint', '--source-dir', '.output/firefox-mv2', '--output', 'json'], {
  cwd: root,
  encoding: 'utf8',
  maxBuffer: 64 * 1024 * 1024,
});
let report;
try {
  report = JSON.parse(result.stdout);
} catch {
  process.stderr.write(result.stdout + result.stderr);
  console.error(`web-ext lint produced no JSON report (exit ${result.status})`);
  process.exit(1);
}
const { errors = 0, warnings = 0, notices = 0 } = report.summary ?? {};
console.log(`web-ext lint .output/firefox-mv2: ${errors} error(s), ${warnings} warning(s), ${notices} notice(s)`);
for (const kind of ['errors', 'warnings', 'notices']) {
  for (const m of report[kind] ?? []) {
    const where = m.file ? ` (${m.file}${m.line ? `:${m.line}` : ''})` : '';
    console.log(`  ${m._type ?? kind} ${m.code}: ${m.message}${where}`);
  }
}
process.exit(errors > 0 ? 1 : 0);
