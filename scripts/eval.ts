/**
 * Scores the built Chrome extension on a labelled corpus (default: ../shared/corpus).
 *
 *   npm run eval [-- --corpus DIR] [-- --page NAME]
 *
 * Opens every page that has a NAME.gold.json in one headless Chromium with .output/chrome-mv3
 * loaded, waits for the marks to settle, scores them as the corpus README says and prints
 * overall / per-entity / per-language precision, recall and F1, then every false positive and
 * every miss. Then coverage: which of the article's claims each page reports (asked from the
 * extension, as the popup does), scored against each page's NAME.claims.json (the corpus's own,
 * beside its gold file; else the project's in test/fixtures/coverage): claim precision and
 * recall, and how often the verdict is the reader's (humanVerdict). Writes .output/eval-report.json. Exits 0 whatever the scores.
 */
import { existsSync } from 'node:fs';
import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { launchChromium, visitPage } from './lib/chromium.ts';
import { readCoverageLabel, readerVerdict } from './lib/coverage-labels.ts';
import { askCoverage, scoreCoverage, summarizeCoverage, type CoverageScore } from './lib/coverage.ts';
import { CHROME_BUILD_DIR, DEFAULT_CORPUS_DIR, PROJECT_ROOT } from './lib/paths.ts';
import { scorePage, summarize, type GoldFile, type Metrics, type PageScore } from './lib/score.ts';
import { startStaticServer } from './lib/static-server.ts';

interface PageRun {
  score: PageScore;
  marks: number;
  settled: boolean;
  settleMs: number;
}

const REPORT_PATH = path.join(PROJECT_ROOT, '.output/eval-report.json');

function fmt(value: number | null): string {
  return value === null ? '  n/a' : value.toFixed(3);
}

function metricsRow(label: string, m: Metrics, width: number): string {
  return `${label.padEnd(width)}  P ${fmt(m.precision)}  R ${fmt(m.recall)}  F1 ${fmt(m.f1)}   (tp ${m.tp}, fp ${m.fp}, fn ${m.fn})`;
}

async function listGoldPages(corpusDir: string, only: string[]): Promise<string[]> {
  const names = (await readdir(corpusDir))
    .filter((f) => f.endsWith('.gold.json'))
    .map((f) => f.slice(0, -'.gold.json'.length))
    .sort();
  if (only.length === 0) return names;
  const wanted = only.map((n) => n.replace(/\.(html|gold\.json)$/, ''));
  const unknown = wanted.filter((n) => !names.includes(n));
  if (unknown.length > 0) throw new Error(`no gold file for page(s) ${unknown.join(', ')} in ${corpusDir}`);
  return names.filter((n) => wanted.includes(n));
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      corpus: { type: 'string' },
      page: { type: 'string', multiple: true },
    },
  });
  const corpusDir = path.resolve(values.corpus ?? DEFAULT_CORPUS_DIR);
  if (!existsSync(path.join(CHROME_BUILD_DIR, 'manifest.json'))) {
    throw new Error(`${path.relative(PROJECT_ROOT, CHROME_BUILD_DIR)}/manifest.json is missing: run npm run build first`);
  }
  if (!existsSync(corpusDir)) throw new Error(`corpus directory not found: ${corpusDir}`);
  const pages = await listGoldPages(corpusDir, values.page ?? []);
  if (pages.length === 0) throw new Error(`no *.gold.json pages in ${corpusDir}`);

  const server = await startStaticServer({ root: corpusDir });
  const browser = await launchChromium(CHROME_BUILD_DIR);
  const runs: PageRun[] = [];
  const coverage: CoverageScore[] = [];
  try {
    console.log(`Evaluating ${pages.length} page(s) from ${corpusDir}\n`);
    for (const name of pages) {
      const gold = JSON.parse(await readFile(path.join(corpusDir, `${name}.gold.json`), 'utf8')) as GoldFile;
      const label = readCoverageLabel(name, corpusDir);
      const visit = await visitPage(browser.context, `${server.url}${encodeURIComponent(name)}.html`, async (page) => {
        if (label && browser.extensionId) {
          coverage.push(scoreCoverage(label, await askCoverage(browser.context, page, browser.extensionId)));
        }
      });
      const score = scorePage(name, gold, visit.marks);
      runs.push({ score, marks: visit.marks.length, settled: visit.settle.settled, settleMs: visit.settle.elapsedMs });
      console.log(
        `  ${name.padEnd(58)} ${gold.lang.padEnd(3)} marks ${String(visit.marks.length).padStart(4)}  ` +
          `tp ${String(score.matched.length).padStart(3)}  fp ${String(score.falsePositives.length).padStart(3)}  ` +
          `fn ${String(score.misses.length).padStart(3)}${visit.settle.settled ? '' : '  (marks still changing at 10 s)'}`,
      );
    }
  } finally {
    await browser.close();
    await server.close();
  }

  const scores = runs.map((r) => r.score);
  const summary = summarize(scores);
  console.log(`\n== Overall (${runs.length} pages) ==`);
  console.log(metricsRow('all', summary.overall, 14));
  console.log('\n== Per entity ==');
  for (const [entity, m] of Object.entries(summary.perEntity)) console.log(metricsRow(entity, m, 14));
  console.log('\n== Per language ==');
  for (const [lang, m] of Object.entries(summary.perLanguage)) console.log(metricsRow(lang, m, 14));

  const fps = scores.flatMap((s) => s.falsePositives.map((f) => ({ page: s.page, ...f })));
  console.log(`\n== False positives (${fps.length}) ==`);
  for (const f of fps) console.log(`  ${f.page}: [${f.entity}] ${JSON.stringify(f.text)}`);
  const misses = scores.flatMap((s) => s.misses.map((m) => ({ page: s.page, ...m })));
  console.log(`\n== Misses (${misses.length}) ==`);
  for (const m of misses) console.log(`  ${m.page}: [${m.entity}] ${JSON.stringify(m.text)} (gold #${m.goldIndex})`);
  const unsettled = runs.filter((r) => !r.settled).map((r) => r.score.page);
  if (unsettled.length > 0) console.log(`\nPages whose marks were still changing 10 s after load: ${unsettled.join(', ')}`);

  const cov = summarizeCoverage(coverage);
  console.log(`\n== Coverage (${cov.pages} labelled pages) ==`);
  console.log(
    `claims          P ${fmt(cov.precision)}  R ${fmt(cov.recall)}   (tp ${cov.tp}, fp ${cov.fp}, fn ${cov.fn})`,
  );
  console.log(`verdicts        ${cov.verdictsRight} of ${cov.pages} right`);
  for (const c of coverage) {
    const wrong = [
      ...c.falsePositives.map((id) => `+${id}`),
      ...c.misses.map((id) => `-${id}`),
      ...(c.verdictRight ? [] : [`verdict ${c.found?.verdict ?? 'none'} (reader: ${readerVerdict(c.expected)})`]),
    ];
    if (wrong.length) console.log(`  ${c.page}: ${wrong.join(', ')}`);
  }

  await mkdir(path.dirname(REPORT_PATH), { recursive: true });
  await writeFile(
    REPORT_PATH,
    `${JSON.stringify(
      {
        generatedAt: new Date().toISOString(),
        corpus: corpusDir,
        build: path.relative(PROJECT_ROOT, CHROME_BUILD_DIR),
        summary,
        coverage: { summary: cov, pages: coverage },
        pages: runs.map((r) => ({
          page: r.score.page,
          lang: r.score.lang,
          marks: r.marks,
          settled: r.settled,
          settleMs: r.settleMs,
          found: r.score.found,
          matched: r.score.matched,
          optionalMatched: r.score.optionalMatched,
          falsePositives: r.score.falsePositives,
          misses: r.score.misses,
        })),
      },
      null,
      1,
    )}\n`,
  );
  console.log(`\nReport written to ${path.relative(process.cwd(), REPORT_PATH)}`);
}

main().catch((err: unknown) => {
  console.error(`eval: ${err instanceof Error ? err.message : String(err)}`);
  process.exitCode = 1;
});
