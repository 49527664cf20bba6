/**
 * Static privacy checks on the built extension (npm run build first) and on its sources:
 * no eval or string-compiled code, no network API in our own code, none in the bundles but
 * the three known extension-internal loads of bundled libraries, nothing remote in the
 * HTML and CSS, a strict CSP on extension pages, and nothing a web page can probe.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHROME_BUILD_DIR, FIREFOX_BUILD_DIR, PROJECT_ROOT } from '../../scripts/lib/paths.ts';

function filesUnder(dir: string, ext: RegExp): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const file = path.join(dir, name);
    if (statSync(file).isDirectory()) out.push(...filesUnder(file, ext));
    else if (ext.test(name)) out.push(file);
  }
  return out;
}

const NETWORK_API = /\b(fetch|XMLHttpRequest|WebSocket|sendBeacon|EventSource|importScripts|RTCPeerConnection|WebTransport)\b/g;
const STRING_CODE = /\beval\s*\(|\bnew\s+Function\s*\(|\bFunction\s*\(\s*["'`]|set(Timeout|Interval)\s*\(\s*["'`]/;

/**
 * The network calls that bundled libraries carry, each loading a file of the extension itself,
 * never a web address: WXT's shadow-root helper (a stylesheet given by URL, which we never
 * pass: our card's CSS is inline), WXT's content-script CSS loader (the extension's own
 * content.css or card.css, only for cssInjectionMode "ui", which we do not use) and Vite's modulepreload
 * polyfill (the popup's own chunks). A new call anywhere else fails this test: look at it.
 */
const KNOWN_LIBRARY_LOADS = [
  /yield fetch\(\w+\.url\)\.then\(\w+=>\w+\.text\(\)\)/,
  /getURL\(`\/content-scripts\/(content|card)\.css`\);try\{return await\(await fetch\(\w+\)\)\.text\(\)/,
  /rel===`modulepreload`[\s\S]{0,600}if\(\w+\.ep\)return;\w+\.ep=!0;let \w+=\w+\(\w+\);fetch\(\w+\.href,\w+\)\}/,
];

describe.each([
  ['Chrome MV3', CHROME_BUILD_DIR],
  ['Firefox MV2', FIREFOX_BUILD_DIR],
])('the %s build', (_name, dir) => {
  const manifestFile = path.join(dir, 'manifest.json');
  it('exists (npm run build)', () => {
    expect(existsSync(manifestFile), `${manifestFile} is missing: run npm run build`).toBe(true);
  });
  const manifest = existsSync(manifestFile) ? (JSON.parse(readFileSync(manifestFile, 'utf8')) as Record<string, unknown>) : {};
  const scripts = existsSync(dir) ? filesUnder(dir, /\.m?js$/) : [];

  it('has no eval, no new Function, no code in strings', () => {
    expect(scripts.length).toBeGreaterThanOrEqual(3);
    for (const file of scripts) {
      const match = readFileSync(file, 'utf8').match(STRING_CODE);
      expect(match?.[0] ?? null, path.relative(dir, file)).toBeNull();
    }
  });

  it('calls no network API except the known loads of its own files', () => {
    const unexplained: string[] = [];
    let known = 0;
    for (const file of scripts) {
      const code = readFileSync(file, 'utf8');
      for (const hit of code.matchAll(NETWORK_API)) {
        const around = code.slice(Math.max(0, hit.index - 700), hit.index + 200);
        if (KNOWN_LIBRARY_LOADS.some((re) => re.test(around))) known++;
        else unexplained.push(`${path.relative(dir, file)}: …${code.slice(Math.max(0, hit.index - 80), hit.index + 60)}…`);
      }
    }
    expect(unexplained).toEqual([]);
    expect(known).toBeGreaterThan(0);
  });

  it('loads nothing remote from its HTML and CSS', () => {
    for (const file of filesUnder(dir, /\.(html|css)$/)) {
      const text = readFileSync(file, 'utf8');
      expect(text.match(/\b(src|href)\s*=\s*["']?(https?:)?\/\//i)?.[0] ?? null, path.relative(dir, file)).toBeNull();
      expect(text.match(/url\(\s*["']?(https?:)?\/\//i)?.[0] ?? null, path.relative(dir, file)).toBeNull();
      expect(text.match(/@import/i)?.[0] ?? null, path.relative(dir, file)).toBeNull();
    }
  });

  it("declares a strict CSP for its own pages: only its own scripts, no 'unsafe-eval', no remote host", () => {
    const csp = manifest.content_security_policy;
    const policy = typeof csp === 'string' ? csp : (csp as { extension_pages?: string } | undefined)?.extension_pages;
    expect(policy).toBeDefined();
    const directives = new Map(
      (policy ?? '')
        .split(';')
        .map((d) => d.trim().split(/\s+/))
        .filter((d) => d[0])
        .map(([name, ...values]) => [name, values]),
    );
    expect(directives.get('script-src')).toEqual(["'self'"]);
    expect(directives.get('object-src')).toEqual(["'self'"]);
    expect(policy).not.toMatch(/unsafe-eval|unsafe-inline|https?:|\*/);
  });

  it('exposes nothing to web pages (no web-accessible resources, no external messaging) and asks only storage and scripting', () => {
    expect(manifest.web_accessible_resources).toBeUndefined();
    expect(manifest.externally_connectable).toBeUndefined();
    // scripting: the background injects the hover card's own code (card.js) into a frame that needs it.
    // (Firefox's MV2 manifest lists the host permissions there too.)
    const apis = ((manifest.permissions as string[]) ?? []).filter((p) => !p.includes('://'));
    expect(apis).toEqual(['storage', 'scripting']);
    expect(manifest.optional_permissions).toBeUndefined();
  });
});

describe('our own source code', () => {
  const sources = ['src', 'entrypoints'].flatMap((d) => filesUnder(path.join(PROJECT_ROOT, d), /\.(ts|tsx)$/));

  it('never calls a network API, eval or new Function', () => {
    expect(sources.length).toBeGreaterThan(20);
    for (const file of sources) {
      const code = readFileSync(file, 'utf8')
        // Comments may name what the code does not do.
        .replace(/\/\*[\s\S]*?\*\//g, '')
        .replace(/(^|[^:])\/\/.*$/gm, '$1');
      const rel = path.relative(PROJECT_ROOT, file);
      expect(code.match(NETWORK_API)?.[0] ?? null, rel).toBeNull();
      expect(code.match(STRING_CODE)?.[0] ?? null, rel).toBeNull();
    }
  });
});
