/**
 * Test pages served from memory next to the corpus: a long page whose mentions sit
 * far apart, one of them in a same-origin frame, to see the popup reach each frame
 * and the page scroll to the chosen mention.
 */

const spacer = '<div style="height: 3000px" aria-hidden="true"></div>';

export const LONG_PAGE = 'popup-long.html';

/** A page naming APT40 in 45 paragraphs and APT31 in 3: more than the popup lists per entity at first. */
export const MANY_PAGE = 'popup-many.html';
export const MANY_APT40 = 45;

export const POPUP_TEST_PAGES: Record<string, string> = {
  [LONG_PAGE]: `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Long page</title></head>
<body>
<p id="top">Officials in Brussels linked the intrusions to APT40.</p>
${spacer}
<p id="middle">Attackers exploited the ProxyLogon flaws in the spring.</p>
${spacer}
<iframe id="frame" src="/popup-inner.html" style="width: 600px; height: 200px; border: 0"></iframe>
${spacer}
</body></html>`,
  [MANY_PAGE]: `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Many mentions</title></head>
<body>
${Array.from({ length: MANY_APT40 }, (_, i) => `<p>Report ${i + 1}: investigators traced intrusion number ${i + 1} in the region to APT40 this year.</p>`).join('\n')}
${Array.from({ length: 3 }, (_, i) => `<p>Note ${i + 1}: the sanctions also named APT31.</p>`).join('\n')}
</body></html>`,
  'popup-inner.html': `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Inner</title></head>
<body><p id="inner">The statement also named APT31.</p></body></html>`,
};
