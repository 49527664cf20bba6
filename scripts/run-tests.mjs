#!/usr/bin/env node
// Runs the layout lint, then every test suite in sequence (unit + DOM, then end-to-end in real browsers), each with
// vitest's JSON reporter, and closes with one plain line: "N passed, N failed[, N skipped]".
// Exits non-zero when a suite or a test failed. Builds the extension first if a build is missing.
import { spawnSync } from 'node:child_process';

// The DOM fuzzer (test/dom/fuzz-highlighter.test.ts) runs a fixed seed by default, so a run is
// repeatable and CI judges the code, not the luck of the draw; FUZZ_SEED=random explores new
// cases (the seed of any failure is printed, and FUZZ_SEED=<seed> replays it).
const testEnv = { ...process.env, FUZZ_SEED: process.env.FUZZ_SEED ?? '1' };
console.log(`DOM fuzzing seed: ${testEnv.FUZZ_SEED}`);
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const resultsDir = path.join(root, '.output/test-results');
const vitest = path.join(root, 'node_modules/vitest/vitest.mjs');

const suites = [
  { name: 'unit', config: 'vitest.config.ts' },
  { name: 'e2e', config: 'vitest.e2e.config.ts' },
];

function run(command, args) {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: testEnv });
  if (result.error) throw result.error;
  return result.status ?? 1;
}

const builds = ['.output/chrome-mv3/manifest.json', '.output/firefox-mv2/manifest.json'];
if (builds.some((file) => !existsSync(path.join(root, file)))) {
  console.log('Extension build missing: running npm run build');
  if (run('npm', ['run', 'build']) !== 0) {
    console.error('npm run build failed');
    console.log('0 passed, 1 failed');
    process.exit(1);
  }
}

/** Counts from vitest's JSON report; a file that failed outside any test counts as one failure. */
function countResults(file) {
  const report = JSON.parse(readFileSync(file, 'utf8'));
  const counts = { passed: 0, failed: 0, skipped: 0 };
  for (const testFile of report.testResults ?? []) {
    let failedHere = 0;
    for (const test of testFile.assertionResults ?? []) {
      if (test.status === 'passed') counts.passed += 1;
      else if (test.status === 'failed') {
        counts.failed += 1;
        failedHere += 1;
      } else counts.skipped += 1;
    }
    if (testFile.status === 'failed' && failedHere === 0) {
      console.log(`  ${path.relative(root, testFile.name)} failed outside its tests: ${testFile.message ?? ''}`.trimEnd());
      counts.failed += 1;
    }
  }
  return counts;
}

mkdirSync(resultsDir, { recursive: true });
const totals = { passed: 0, failed: 0, skipped: 0 };
const lines = [];
let suiteFailed = false;

// The layout's rules (eslint.config.js, npm run lint): one check, passed when eslint reports no error.
console.log('\n=== lint (eslint .) ===');
const lintStatus = run('npm', ['run', '--silent', 'lint']);
if (lintStatus === 0) totals.passed += 1;
else {
  totals.failed += 1;
  suiteFailed = true;
}
lines.push(`  lint  ${lintStatus === 0 ? 'passed 1, failed 0' : `passed 0, failed 1 (eslint exit ${lintStatus})`}`);
for (const suite of suites) {
  const output = path.join(resultsDir, `${suite.name}.json`);
  rmSync(output, { force: true });
  console.log(`\n=== ${suite.name} tests (${suite.config}) ===`);
  const status = run(process.execPath, [
    vitest,
    'run',
    '--config',
    suite.config,
    '--reporter=default',
    '--reporter=json',
    `--outputFile=${path.relative(root, output)}`,
  ]);
  let counts;
  if (existsSync(output)) {
    counts = countResults(output);
  } else {
    console.log(`  ${suite.name}: vitest wrote no report (exit ${status})`);
    counts = { passed: 0, failed: 1, skipped: 0 };
  }
  if (status !== 0) {
    suiteFailed = true;
    // A failing exit with no failing test (e.g. no test file found) still counts as a failure.
    if (counts.failed === 0) counts.failed = 1;
  }
  for (const key of Object.keys(totals)) totals[key] += counts[key];
  // Worded unlike the closing line, so that only the total reads as "N passed, N failed".
  lines.push(
    `  ${suite.name.padEnd(5)} passed ${counts.passed}, failed ${counts.failed}` +
      (counts.skipped > 0 ? `, skipped ${counts.skipped}` : '') +
      (status !== 0 ? ` (vitest exit ${status})` : ''),
  );
}

console.log('\n=== Summary ===');
for (const line of lines) console.log(line);
console.log(`${totals.passed} passed, ${totals.failed} failed` + (totals.skipped > 0 ? `, ${totals.skipped} skipped` : ''));
process.exit(suiteFailed || totals.failed > 0 ? 1 : 0);
