/**
 * The two generated benchmark pages, built deterministically from a seeded PRNG so every run
 * (and every machine) measures the same bytes:
 *
 * - `bigPage()`: about 5 MB of text in about 20,000 elements (sections, headings, paragraphs
 *   with inline links and emphasis, lists, tables) in English, Arabic, Chinese, Russian and
 *   German, with exactly `mentions` mentions of the four entities written as real pages write
 *   them (a few split across inline elements, `APT<b>40</b>`).
 * - `liveBlogPage()`: a short article that, from its load event, appends 100 paragraphs every
 *   100 ms for 10 s (10,000 paragraphs), some with mentions. The paragraphs are generated here
 *   and shipped in the page as JSON, which the page reads and removes before `document_idle`,
 *   so the page's own script costs the same in every run and leaves no extra text behind.
 */

/** mulberry32: a small, fast, seedable PRNG (public domain). Returns floats in [0, 1). */
export function createRng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Lang = 'en' | 'ar' | 'zh' | 'ru' | 'de';

// Filler vocabulary: ordinary news words that neither are aliases nor sit next to one as a cue.
const WORDS: Record<Lang, string[]> = {
  en: (
    'the of and to in a is that for on with as was by it at from his her they be this have an are which ' +
    'council budget harbour weather season market river school station report minister village railway ' +
    'museum garden festival committee hospital library stadium bridge mountain farmers voters evening ' +
    'summer autumn winter spring morning yesterday today tomorrow regional national local annual quarterly ' +
    'announced described expected reported continued proposed approved discussed published opened closed'
  ).split(' '),
  ar: (
    'في من على إلى أن التي الذي مع عن هذا هذه كان قد بعد قبل بين حتى خلال ' +
    'المدينة الحكومة البرلمان الطقس السوق النهر المدرسة المحطة التقرير الوزير القرية المتحف الحديقة ' +
    'المهرجان اللجنة المستشفى المكتبة الملعب الجسر الجبل المزارعين الناخبين المساء الصيف الخريف الشتاء ' +
    'الربيع الصباح أمس اليوم غدا الإقليمية الوطنية المحلية السنوية أعلن وصف توقع أفاد واصل اقترح وافق ناقش'
  ).split(' '),
  zh: (
    '城市 政府 议会 天气 市场 河流 学校 车站 报告 部长 村庄 博物馆 花园 节日 委员会 医院 图书馆 体育场 ' +
    '桥梁 山区 农民 选民 晚上 夏天 秋天 冬天 春天 早上 昨天 今天 明天 地区 全国 地方 年度 宣布 描述 预计 ' +
    '报道 继续 提出 批准 讨论 发表 开放 关闭 的 了 在 和 是 有 也 都 这 那'
  ).split(' '),
  ru: (
    'в и на с по для от из что как это был была было были его её их они к о ' +
    'город правительство парламент погода рынок река школа станция доклад министр деревня музей сад ' +
    'фестиваль комитет больница библиотека стадион мост гора фермеры избиратели вечер лето осень зима ' +
    'весна утро вчера сегодня завтра региональный местный ежегодный объявил описал ожидал сообщил продолжил'
  ).split(' '),
  de: (
    'der die das und in zu den mit von für auf ist im dem nicht ein eine als auch es an ' +
    'Stadt Regierung Parlament Wetter Markt Fluss Schule Bahnhof Bericht Minister Dorf Museum Garten ' +
    'Festival Ausschuss Krankenhaus Bibliothek Stadion Brücke Berg Bauern Wähler Abend Sommer Herbst ' +
    'Winter Frühling Morgen gestern heute morgen regional national örtlich jährlich kündigte beschrieb erwartete'
  ).split(' '),
};

/**
 * Mention sentences per language, each with the context its alias's rule needs (MSS next to
 * China, the German ministry next to Volksrepublik China). `{` and `}` mark the alias; in a few
 * English ones `|` marks where an inline element splits the name.
 */
const MENTIONS: Record<Lang, string[]> = {
  en: [
    'Investigators linked the intrusion to {APT40}, a group working for China.',
    'The advisory attributed the campaign to {APT 31} and its front companies.',
    "The statement blamed China's {Ministry of State Security} for the hacking campaign.",
    'Officials in China denied that the {MSS} had directed the hackers.',
    'The attackers chained the flaws known as {ProxyLogon} against mail servers.',
    'Patches for {CVE-2021-26855} were released in March after the attack.',
    'Microsoft now tracks the group as {Silk Typhoon} in its threat reports.',
    'Researchers said {APT|40} reused the same infrastructure.',
    'The hackers exploited {CVE-2021-|26855} within days.',
  ],
  ar: [
    'واتهمت الحكومات {وزارة أمن الدولة الصينية} بالوقوف وراء حملة التجسس.',
    'ونسب التقرير الهجمات إلى مجموعة {التهديد المستمر المتقدم 40} المرتبطة ببكين.',
  ],
  zh: ['声明称，{国家安全部}支持的黑客发动了网络攻击。', '报告指出，与{国家安全部}有关的团体利用了漏洞。'],
  ru: ['Власти обвинили хакеров, связанных с {Министерства государственной безопасности КНР}, во взломе.'],
  de: ['Die Angreifer arbeiteten im Auftrag des {Ministerium für Staatssicherheit der Volksrepublik China}, hieß es.'],
};

const LANG_WEIGHTS: Array<[Lang, number]> = [
  ['en', 0.45],
  ['ar', 0.2],
  ['de', 0.15],
  ['ru', 0.1],
  ['zh', 0.1],
];

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

class Writer {
  constructor(readonly rng: () => number) {}

  pick<T>(list: readonly T[]): T {
    return list[Math.floor(this.rng() * list.length)] as T;
  }

  int(min: number, max: number): number {
    return min + Math.floor(this.rng() * (max - min + 1));
  }

  lang(): Lang {
    let r = this.rng();
    for (const [lang, w] of LANG_WEIGHTS) {
      if ((r -= w) < 0) return lang;
    }
    return 'en';
  }

  /** A filler sentence of `n` words in `lang`. */
  sentence(lang: Lang, n: number): string {
    const words: string[] = [];
    for (let i = 0; i < n; i++) words.push(this.pick(WORDS[lang]));
    if (lang === 'zh') return `${words.join('')}。`;
    const s = words.join(' ');
    return `${s.charAt(0).toUpperCase()}${s.slice(1)}.`;
  }

  /** A mention sentence in `lang` as HTML, the alias optionally split by an inline element. */
  mention(lang: Lang): string {
    const template = this.pick(MENTIONS[lang]);
    return escapeHtml(template)
      .replace(/\{([^}|]*)\|([^}]*)\}/, (_m, a: string, b: string) => `${a}<b>${b}</b>`)
      .replace(/[{}]/g, '');
  }
}

const SEP: Record<Lang, string> = { en: ' ', ar: ' ', ru: ' ', de: ' ', zh: '' };

function dirAttrs(lang: Lang): string {
  return lang === 'ar' ? ` lang="ar" dir="rtl"` : ` lang="${lang}"`;
}

/** A paragraph's inner HTML: filler sentences with inline elements, and `mentions` mention sentences. */
function paragraphHtml(w: Writer, lang: Lang, sentences: number, mentions: number, inline: number): string {
  const parts: string[] = [];
  for (let i = 0; i < sentences; i++) parts.push(escapeHtml(w.sentence(lang, w.int(8, 16))));
  for (let i = 0; i < mentions; i++) parts.splice(w.int(0, parts.length), 0, w.mention(lang));
  // Wrap a few filler sentences (never a mention sentence) in inline elements.
  for (let k = 0; k < inline; k++) {
    const i = w.int(0, parts.length - 1);
    const part = parts[i] as string;
    if (part.includes('<') || MENTIONS[lang].some((m) => part.includes(m.slice(0, 6)))) continue;
    const tag = w.pick(['a', 'em', 'strong', 'span', 'i']);
    parts[i] = tag === 'a' ? `<a href="#s${w.int(1, 999)}">${part}</a>` : `<${tag}>${part}</${tag}>`;
  }
  return parts.join(SEP[lang]);
}

export interface GeneratedPage {
  html: string;
  /** Elements in the markup (opening tags). */
  elements: number;
  /** Mention sentences written into the page. */
  mentions: number;
}

const PAGE_STYLE = `body{font-family:"DejaVu Sans","Noto Naskh Arabic","Noto Sans CJK SC",sans-serif;max-width:860px;margin:24px auto;padding:0 16px;line-height:1.6;color:#222}
h1{font-size:28px} h2{font-size:20px;margin-top:28px} table{border-collapse:collapse} td,th{border:1px solid #ccc;padding:2px 6px}`;

function countElements(html: string): number {
  return html.match(/<[a-zA-Z]/g)?.length ?? 0;
}

/**
 * The 5 MB page. `textBytes` is the target for the UTF-8 size of its text; `mentions` the exact
 * number of mention sentences, spread over the paragraphs by the PRNG.
 */
export function bigPage({ seed = 5, textBytes = 5_000_000, mentions = 2000 } = {}): GeneratedPage {
  const w = new Writer(createRng(seed));
  // Paragraphs average ~680 bytes of UTF-8 text and ~2.6 elements: about 7,400 of them, in
  // sections of 10, with a list or a table every other section.
  const paragraphCount = Math.round(textBytes / 680);
  // Choose the paragraphs that get a mention (with repeats: a paragraph may get two).
  const perParagraph = new Uint8Array(paragraphCount);
  for (let i = 0; i < mentions; i++) perParagraph[Math.floor(w.rng() * paragraphCount)]! += 1;

  const out: string[] = [];
  out.push(`<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Regional news archive (benchmark page)</title>
<style>${PAGE_STYLE}</style>
</head>
<body>
<header><nav><a href="#">Home</a> | <a href="#">World</a> | <a href="#">Business</a> | <a href="#">Technology</a></nav></header>
<main>
<h1>Regional news archive</h1>
`);
  let written = 0;
  for (let p = 0; p < paragraphCount; p++) {
    if (p % 10 === 0) {
      if (p > 0) out.push('</section>\n');
      const lang = w.lang();
      out.push(`<section${dirAttrs(lang)}><h2>${escapeHtml(w.sentence(lang, w.int(3, 7)))}</h2>\n`);
      if ((p / 10) % 2 === 1) {
        if (w.rng() < 0.5) {
          const items = Array.from({ length: w.int(4, 8) }, () => `<li>${escapeHtml(w.sentence(lang, w.int(4, 10)))}</li>`);
          out.push(`<ul>${items.join('')}</ul>\n`);
        } else {
          const rows = Array.from(
            { length: w.int(3, 5) },
            () => `<tr><td>${escapeHtml(w.sentence(lang, 2))}</td><td>${w.int(1, 9999)}</td><td>${escapeHtml(w.sentence(lang, 3))}</td></tr>`,
          );
          out.push(`<table><tbody>${rows.join('')}</tbody></table>\n`);
        }
      }
    }
    const lang = w.lang();
    const m = perParagraph[p] ?? 0;
    written += m;
    out.push(`<p${dirAttrs(lang)}>${paragraphHtml(w, lang, w.int(4, 9), m, w.int(0, 2))}</p>\n`);
  }
  out.push('</section>\n</main>\n<footer><p>End of the archive.</p></footer>\n</body>\n</html>\n');
  const html = out.join('');
  return { html, elements: countElements(html), mentions: written };
}

export interface LiveBlogPage extends GeneratedPage {
  /** Every paragraph the page will have appended after 10 s, as HTML (for the Node benchmark). */
  appended: string[];
  /** The page's final HTML, as if all appends had happened (for the Node benchmark). */
  finalHtml: string;
}

export const LIVE_BATCHES = 100;
export const LIVE_BATCH_SIZE = 100;
export const LIVE_INTERVAL_MS = 100;

/**
 * The live blog. The page script records, in `window.__liveBlog`, when the first and last
 * batches were appended (`performance.now()`) and sets `done` after the last one.
 */
export function liveBlogPage({ seed = 31, mentionRate = 0.05 } = {}): LiveBlogPage {
  const w = new Writer(createRng(seed));
  const appended: string[] = [];
  let mentions = 0;
  for (let i = 0; i < LIVE_BATCHES * LIVE_BATCH_SIZE; i++) {
    const lang = w.lang();
    const m = w.rng() < mentionRate ? 1 : 0;
    mentions += m;
    appended.push(`<p${dirAttrs(lang)}>${paragraphHtml(w, lang, w.int(1, 2), m, w.int(0, 1))}</p>`);
  }
  const intro = [
    `<p>Follow the day's developments on the hacking campaign that governments attributed to China's ${'<b>'}Ministry of State Security${'</b>'} and to APT40.</p>`,
    ...Array.from({ length: 4 }, () => `<p>${paragraphHtml(w, 'en', w.int(3, 5), 0, 1)}</p>`),
  ];
  mentions += 2; // the Ministry and APT40 in the first paragraph
  const head = `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Live: governments respond to the hacking campaign (benchmark page)</title>
<style>${PAGE_STYLE}</style>
</head>
<body>
<main>
<h1>Live: governments respond to the hacking campaign</h1>
${intro.join('\n')}
<div id="feed">
`;
  const tail = `</div>
</main>
</body>
</html>
`;
  // The JSON would let "</script>" end the element: escape "<" inside it.
  const data = JSON.stringify(appended).replace(/</g, '\\u003c');
  const script = `<script id="live-data" type="application/json">${data}</script>
<script>
(() => {
  const el = document.getElementById('live-data');
  const paragraphs = JSON.parse(el.textContent);
  el.remove();
  const state = (window.__liveBlog = { first: null, last: null, batches: 0, done: false });
  const feed = document.getElementById('feed');
  const tpl = document.createElement('template');
  window.addEventListener('load', () => {
    const timer = setInterval(() => {
      const i = state.batches;
      tpl.innerHTML = paragraphs.slice(i * ${LIVE_BATCH_SIZE}, (i + 1) * ${LIVE_BATCH_SIZE}).join('');
      feed.appendChild(tpl.content);
      state.last = performance.now();
      if (state.first === null) state.first = state.last;
      if (++state.batches === ${LIVE_BATCHES}) {
        clearInterval(timer);
        state.done = true;
      }
    }, ${LIVE_INTERVAL_MS});
  });
})();
</script>
`;
  const html = head + tail.replace('</main>', '</main>\n' + script);
  const finalHtml = head + appended.join('\n') + '\n' + tail;
  return { html, elements: countElements(finalHtml), mentions, appended, finalHtml };
}

export interface FramesPage extends GeneratedPage {
  /** The sub-frames' documents, by URL path under the page's own (`frame-1.html`, …). */
  frames: Record<string, string>;
  /** The page and every frame's HTML, one after the other (for the Node benchmark). */
  allHtml: string;
}

/** Sub-frames of the frames page: advertising and widgets that name nothing, and one that does. */
export const QUIET_FRAMES = 10;

/**
 * A short news page with QUIET_FRAMES same-origin sub-frames whose text names nothing (as
 * advertising and widgets do) and one more frame that names an entity. Same-origin, so every
 * frame runs on the page's main thread, where the bench reads the extension's tasks. Frame
 * paths are relative to the page.
 */
export function framesPage({ seed = 47 } = {}): FramesPage {
  const w = new Writer(createRng(seed));
  const doc = (title: string, body: string) =>
    `<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<title>${title}</title>\n<style>${PAGE_STYLE}</style>\n</head>\n<body>\n${body}\n</body>\n</html>\n`;
  const frames: Record<string, string> = {};
  for (let i = 1; i <= QUIET_FRAMES; i++) {
    const paragraphs = Array.from({ length: w.int(1, 3) }, () => `<p>${paragraphHtml(w, 'en', w.int(1, 3), 0, 1)}</p>`);
    frames[`frame-${i}.html`] = doc(`Advertisement ${i}`, paragraphs.join('\n'));
  }
  frames['frame-story.html'] = doc('Related story', `<p>${paragraphHtml(w, 'en', 2, 1, 0)}</p>`);
  const iframes = Object.keys(frames).map((path) => `<iframe src="${path}" width="300" height="120"></iframe>`);
  const article = Array.from({ length: 6 }, (_, i) => `<p>${paragraphHtml(w, 'en', w.int(3, 6), i === 1 ? 1 : 0, 1)}</p>`);
  const html = doc(
    'A news page with frames (benchmark page)',
    `<main>\n<h1>A news page with frames</h1>\n${article.slice(0, 3).join('\n')}\n${iframes.slice(0, 5).join('\n')}\n${article.slice(3).join('\n')}\n${iframes.slice(5).join('\n')}\n</main>`,
  );
  return {
    html,
    frames,
    allHtml: html + Object.values(frames).join(''),
    elements: countElements(html) + Object.values(frames).reduce((n, f) => n + countElements(f), 0),
    mentions: 2,
  };
}
