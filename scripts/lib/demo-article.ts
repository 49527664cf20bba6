/**
 * The bundled article as a page, for the demo and the store screenshots: its Arabic headline
 * and sentences from src/data/attribution.json, or our English rendering of them (labelled so).
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { PROJECT_ROOT } from './paths.ts';

const DATASET_PATH = path.join(PROJECT_ROOT, 'src/data/attribution.json');

export type ArticleLang = 'ar' | 'en';

export interface Article {
  lang: ArticleLang;
  headline: string;
  sentences: string[];
}

/** Reads the headline and sentences in `lang`, failing with a message naming the missing field. */
export async function readArticle(lang: ArticleLang = 'ar'): Promise<Article> {
  if (!existsSync(DATASET_PATH)) throw new Error(`${path.relative(PROJECT_ROOT, DATASET_PATH)} is missing`);
  const data = JSON.parse(await readFile(DATASET_PATH, 'utf8')) as {
    article?: { headline?: Record<string, unknown>; sentences?: Array<Record<string, unknown>> };
  };
  const headline = data.article?.headline?.[lang];
  if (typeof headline !== 'string' || headline === '') {
    throw new Error(`src/data/attribution.json has no article.headline.${lang}`);
  }
  const sentences = data.article?.sentences;
  if (!Array.isArray(sentences) || sentences.length === 0) {
    throw new Error('src/data/attribution.json has no article.sentences');
  }
  return {
    lang,
    headline,
    sentences: sentences.map((s, i) => {
      const text = s[lang];
      if (typeof text !== 'string') throw new Error(`src/data/attribution.json: article.sentences[${i}].${lang} is missing`);
      return text;
    }),
  };
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** The article as a standalone page; the English one says it is our rendering, not the original. */
export function articlePage({ lang, headline, sentences }: Article): string {
  const dir = lang === 'ar' ? 'rtl' : 'ltr';
  const note = lang === 'en' ? '<p class="note">Our English rendering of the Arabic article (Reuters, 19 July 2021).</p>\n' : '';
  return `<!DOCTYPE html>
<html lang="${lang}" dir="${dir}">
<head>
<meta charset="utf-8">
<title>${escapeHtml(headline)}</title>
<style>
body { font-family: "DejaVu Sans", "Noto Naskh Arabic", sans-serif; max-width: 760px; margin: 32px auto; padding: 0 20px; line-height: 1.9; color: #1f2328; background: #fff; }
h1 { font-size: 26px; line-height: 1.5; }
p { font-size: 17px; margin: 0 0 14px; }
.note { font-size: 13px; color: #57606a; }
</style>
</head>
<body>
<article>
<h1>${escapeHtml(headline)}</h1>
${note}${sentences.map((s) => `<p dir="${dir}" lang="${lang}">${escapeHtml(s)}</p>`).join('\n')}
</article>
</body>
</html>
`;
}
