/**
 * Test pages served from memory next to the corpus: a long page whose mentions sit
 * far apart, one of them in a same-origin frame, to see the popup reach each frame
 * and the page scroll to the chosen mention.
 */

const spacer = '<div style="height: 3000px" aria-hidden="true"></div>';

export const LONG_PAGE = 'popup-long.html';

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
  'popup-inner.html': `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Inner</title></head>
<body><p id="inner">The statement also named APT31.</p></body></html>`,
};
