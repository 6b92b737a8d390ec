// A corpus whose every text tries to become markup or script on the generated page. Each
// payload that ran would set window.__pwned (or leave the page), which the browser test watches.

/** A YAML double-quoted scalar: JSON strings are valid YAML. */
const q = (text: string): string => JSON.stringify(text);

const run = (name: string) => `window.__pwned=(window.__pwned||[]).concat('${name}')`;

export const HOSTILE_TITLE = `</script><script>${run('title')}</script><img src=x onerror="${run('title-img')}">`;

export const HOSTILE_FILES: Record<string, string> = {
  'attack-title.md': `---
title: ${q(HOSTILE_TITLE)}
type: video
date: 2021-03-04
outlet: ${q(`<b onmouseover="${run('outlet')}">Outlet</b>`)}
program: ${q(`</script><!--<script>${run('program')}</script>`)}
place: ${q(`"><svg onload="${run('place')}">`)}
url: ${q(`https://example.org/"onmouseover="${run('url-attribute')}`)}
people:
  - { name: ${q(`<script>${run('name')}</script>`)}, role: ${q(`"><svg onload="${run('role')}">`)} }
  - { name: "Jeanne d’Arc", role: interviewer }
tags: [${q(`</script><script>${run('tag')}</script>`)}]
quotes:
  - text: ${q(`</blockquote><script>${run('quote')}</script>`)}
    speaker: ${q(`<img src=x onerror="${run('speaker')}">`)}
    at: ${q(`"><script>${run('at')}</script>`)}
related: ["attack-body"]
updates:
  - { date: 2021-04, note: ${q(`<iframe src="javascript:${run('update')}"></iframe>`)} }
---

Body with raw HTML: <script>${run('body-script')}</script> <img src="x" onerror="${run('body-img')}">

<div onclick="${run('body-div')}">a div</div>

[a javascript link](javascript:${run('body-link')}) and [a data link](data:text/html,<script>alert(1)</script>)
and [vbscript](vbscript:msgbox) and <javascript:alert(1)> and ![an image](http://192.0.2.1/pixel.png)
and [a fine link](https://example.org/fine).
`,
  'attack-body.md': `---
title: "An English entry on a French page"
type: podcast
date: 2020-05
outlet: "Radio </script>"
language: en
people:
  - { name: "Antonio A. Casilli", role: guest }
quotes:
  - ${q(`"><img src=x onerror="${run('plain-quote')}">`)}
related: ["attack-title", "not-in-the-corpus"]
---

## A heading in the body

### A smaller one

\`\`\`html
<script>${run('code-block')}</script>
\`\`\`
`,
  'plain.md': `---
title: "Les ouvriers du clic"
type: interview
date: 2019
outlet: "National Geographic France"
language: fr
---
`,
};

/** How many entries the hostile corpus holds. */
export const HOSTILE_ENTRY_COUNT = Object.keys(HOSTILE_FILES).length;
