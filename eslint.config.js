// The layout's rules, checked rather than remembered (scripts/test.sh runs `eslint .`).
// Each room says what it may not reach; the map of the rooms is in README.md ("Map of the code").
import tseslint from 'typescript-eslint';

/** An import of one of our rooms, written relatively from anywhere below src/ or entrypoints/. */
const room = (name) => ({
  regex: `^(\\.\\.?/)+(src/)?${name}(/|$)`,
  message: `this room may not import src/${name} (see eslint.config.js)`,
});
const browserApis = ['wxt', 'wxt/*', '@wxt-dev/*', 'webextension-polyfill', '@webext-core/*', 'preact', 'preact/*', 'mark.js'];
const restrict = (rooms, packages = []) => ({
  'no-restricted-imports': [
    'error',
    {
      patterns: [
        ...rooms.map(room),
        ...(packages.length ? [{ group: packages, message: 'this room stays free of browser, WXT and UI libraries' }] : []),
      ],
    },
  ],
});

export default tseslint.config(
  { ignores: ['.output/**', '.wxt/**', 'node_modules/**', 'bench/**/*.js'] },
  {
    files: ['**/*.{ts,tsx,mts,js,mjs}'],
    languageOptions: { parser: tseslint.parser, ecmaVersion: 'latest', sourceType: 'module' },
    linterOptions: { reportUnusedDisableDirectives: 'off' },
  },
  {
    // Product code builds nodes, never HTML strings (text from pages and the dataset stays text).
    files: ['src/**/*.{ts,tsx}', 'entrypoints/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-properties': [
        'error',
        ...['innerHTML', 'outerHTML', 'insertAdjacentHTML'].map((property) => ({ property, message: 'build nodes instead' })),
      ],
    },
  },
  {
    // The pure core: benchmarkable and testable in Node, so no DOM, browser or WXT, and none of the rooms above it.
    files: ['src/core/**'],
    rules: {
      ...restrict(['page', 'ui', 'background', 'messaging', 'settings'], [...browserApis, 'zod']),
      'no-restricted-globals': [
        'error',
        ...['window', 'document', 'navigator', 'location', 'browser', 'chrome', 'Node', 'HTMLElement', 'MutationObserver', 'requestAnimationFrame', 'DOMParser'].map(
          (name) => ({ name, message: 'src/core is pure: pass what it needs in' }),
        ),
      ],
    },
  },
  // The dataset and its schema: data, read by everyone, reading no code of ours.
  { files: ['src/data/**'], rules: restrict(['core', 'page', 'ui', 'background', 'messaging', 'settings']) },
  // The one protocol carries its own payload types, so it sits below every context that uses it.
  { files: ['src/messaging/**'], rules: restrict(['page', 'ui', 'background', 'settings']) },
  { files: ['src/settings/**'], rules: restrict(['page', 'ui', 'background', 'messaging']) },
  { files: ['src/background/**'], rules: restrict(['page', 'ui']) },
  // The page and the UI ask the background by message; they never import it.
  { files: ['src/page/**'], rules: restrict(['background', 'ui/popup']) },
  {
    // Every frame of every page compiles the content script: it takes the core's modules one by
    // one, since the core's index brings everything (the coverage check and its date tables).
    files: ['src/page/**'],
    plugins: { '@typescript-eslint': tseslint.plugin },
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        { patterns: [{ regex: '^(\\.\\./)+core(/index)?$', allowTypeImports: true, message: 'import the core module you need (see eslint.config.js)' }] },
      ],
    },
  },
  { files: ['src/ui/**'], rules: restrict(['background', 'page']) },
);
