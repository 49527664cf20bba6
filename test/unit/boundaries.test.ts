/**
 * The layout's rules (eslint.config.js) catch what they are for: each room's forbidden
 * imports and the core's browser globals are errors, and the imports each room does need
 * are not. Linted as text at a path inside the room, so no file is written.
 */
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: new URL('../..', import.meta.url).pathname });

async function problems(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((m) => `${m.ruleId}: ${m.message}`);
}

describe('the layout rules', () => {
  it('keep src/core free of the DOM, the browser, WXT and the rooms above it', async () => {
    const found = await problems(
      'src/core/probe.ts',
      [
        "import { browser } from 'wxt/browser';",
        "import { startAnnotator } from '../page/highlighting/annotator';",
        "import { showCount } from '../background/badge';",
        "import { onMessage } from '../messaging/protocol';",
        'export const probe = [browser, startAnnotator, showCount, onMessage, document.title];',
      ].join('\n'),
    );
    expect(found).toHaveLength(5);
    expect(found.filter((p) => p.startsWith('no-restricted-imports'))).toHaveLength(4);
    expect(found.filter((p) => p.startsWith('no-restricted-globals'))).toHaveLength(1);
  });

  it('let src/core use the dataset’s types and its own files', async () => {
    const code = "import type { EntityId } from '../data/schema';\nimport { foldText } from './fold-text';\nexport type Probe = EntityId | typeof foldText;";
    expect(await problems('src/core/probe.ts', code)).toEqual([]);
  });

  it('keep the page and the UI from importing the background, and the UI from the page', async () => {
    const background = "import { cardContent } from '../../background/card-texts';\nexport const probe = cardContent;";
    expect(await problems('src/page/card/probe.ts', background)).toHaveLength(1);
    expect(await problems('src/ui/popup/probe.ts', "import { cardContent } from '../../background/card-texts';\nexport const probe = cardContent;")).toHaveLength(1);
    expect(await problems('src/ui/card/probe.ts', "import { revealMention } from '../../page/reports/reveal-mention';\nexport const probe = revealMention;")).toHaveLength(1);
  });

  it('keep the data and the messaging protocol below every context', async () => {
    expect(await problems('src/data/probe.ts', "import { foldText } from '../core/fold-text';\nexport const probe = foldText;")).toHaveLength(1);
    expect(await problems('src/messaging/probe.ts', "import { readSettings } from '../settings/store';\nexport const probe = readSettings;")).toHaveLength(1);
    expect(await problems('src/messaging/probe.ts', "import type { EntityId } from '../core';\nexport type Probe = EntityId;")).toEqual([]);
  });

  it('keep the core’s index (the coverage check with it) out of the content script, its types and modules allowed', async () => {
    const viaIndex = "import { matcherFrom } from '../../core';\nexport const probe = matcherFrom;";
    expect(await problems('src/page/highlighting/probe.ts', viaIndex)).toEqual([expect.stringMatching(/^@typescript-eslint\/no-restricted-imports/)]);
    expect(await problems('src/page/highlighting/probe.ts', viaIndex.replace("'../../core'", "'../../core/index'"))).toHaveLength(1);
    const allowed = "import type { Matcher } from '../../core';\nimport { matcherFrom } from '../../core/matcher';\nexport const probe: [Matcher | null, typeof matcherFrom] = [null, matcherFrom];";
    expect(await problems('src/page/highlighting/probe.ts', allowed)).toEqual([]);
    // The background may take the index: the coverage check is its work.
    expect(await problems('src/background/probe.ts', viaIndex.replace("'../../core'", "'../core'"))).toEqual([]);
  });

  it('refuse HTML strings in product code', async () => {
    expect(await problems('src/ui/card/probe.ts', 'export const probe = (el: HTMLElement) => { el.innerHTML = "<b>x</b>"; };')).toHaveLength(1);
  });
});
