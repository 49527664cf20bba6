/**
 * The pages the benchmarks visit, served from 127.0.0.1: the seed article and the largest real
 * corpus page (readability-guardian-1) from ../shared/corpus, and the generated 5 MB page, live
 * blog and page with frames (generate-pages.ts).
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { DEFAULT_CORPUS_DIR } from '../scripts/lib/paths.ts';
import { startStaticServer, type StaticServer } from '../scripts/lib/static-server.ts';
import { bigPage, framesPage, liveBlogPage, type GeneratedPage, type LiveBlogPage } from './generate-pages.ts';

export interface BenchPage {
  key: 'seed' | 'guardian' | 'big' | 'live' | 'frames';
  label: string;
  url: string;
  /** The HTML the Node benchmark reads (the live blog: its final state). */
  html: string;
  live: boolean;
}

export interface BenchPages {
  server: StaticServer;
  /** In the order the bench prints them. */
  pages: BenchPage[];
  big: GeneratedPage;
  live: LiveBlogPage;
  seedName: string;
  guardianName: string;
}

export async function startBenchPages(): Promise<BenchPages> {
  const big = bigPage();
  const live = liveBlogPage();
  const framed = framesPage();
  const seedName = 'seed-ar-000_032fcb27abe777f4.html';
  const guardianName = 'readability-guardian-1.html';
  const read = (name: string) => readFile(path.join(DEFAULT_CORPUS_DIR, name), 'utf8');
  const [seedHtml, guardianHtml] = await Promise.all([read(seedName), read(guardianName)]);
  const server = await startStaticServer({
    root: DEFAULT_CORPUS_DIR,
    pages: {
      '/bench/big.html': big.html,
      '/bench/live.html': live.html,
      '/bench/frames.html': framed.html,
      ...Object.fromEntries(Object.entries(framed.frames).map(([file, html]) => [`/bench/${file}`, html])),
    },
  });
  const pages: BenchPage[] = [
    { key: 'seed', label: seedName, url: `${server.url}${seedName}`, html: seedHtml, live: false },
    { key: 'guardian', label: guardianName, url: `${server.url}${guardianName}`, html: guardianHtml, live: false },
    { key: 'big', label: 'generated 5 MB page', url: `${server.url}bench/big.html`, html: big.html, live: false },
    { key: 'live', label: 'generated live blog', url: `${server.url}bench/live.html`, html: live.finalHtml, live: true },
    { key: 'frames', label: 'generated page with frames', url: `${server.url}bench/frames.html`, html: framed.allHtml, live: false },
  ];
  return { server, pages, big, live, seedName, guardianName };
}
