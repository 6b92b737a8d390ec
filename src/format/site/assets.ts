// The page's stylesheet and its small script, written beside index.html: nothing is loaded from
// elsewhere, and the Content-Security-Policy of the page allows these two files only.

export const STYLESHEET = `:root {
  color-scheme: light dark;
  --text: #1b1b1b; --muted: #4a4a4a; --background: #fdfdfc; --panel: #f1f0ec; --rule: #d6d3cc;
  --link: #0b4f9c; --accent: #8a3b00; --quote: #5a4a2f;
  font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif;
  line-height: 1.55;
}
@media (prefers-color-scheme: dark) {
  :root { --text: #ecebe8; --muted: #c2c0ba; --background: #161614; --panel: #23221f; --rule: #45433d;
    --link: #8cc4ff; --accent: #ffb37a; --quote: #e3d3b5; }
}
*, *::before, *::after { box-sizing: border-box; }
[hidden] { display: none !important; }
html { -webkit-text-size-adjust: 100%; }
body { margin: 0; color: var(--text); background: var(--background); overflow-wrap: anywhere; }
a { color: var(--link); }
a:focus-visible, input:focus-visible, select:focus-visible { outline: 3px solid var(--accent); outline-offset: 2px; }
.skip { position: absolute; left: -9999px; }
.skip:focus { left: 1rem; top: 1rem; background: var(--background); padding: .5rem; z-index: 1; }
header.page, main, footer.page { max-width: 50rem; margin: 0 auto; padding: 0 1rem; }
header.page { padding-top: 2rem; }
h1 { font-size: clamp(1.6rem, 5vw, 2.4rem); line-height: 1.2; margin: 0 0 .5rem; }
nav.contents ul { list-style: none; padding: 0; display: flex; flex-wrap: wrap; gap: .25rem 1rem; }
form.filters { display: flex; flex-wrap: wrap; gap: .75rem 1rem; align-items: end; background: var(--panel);
  padding: .75rem 1rem; border-radius: .5rem; margin: 1rem 0; }
form.filters label { display: flex; flex-direction: column; font-size: .9rem; color: var(--muted); min-width: 0; }
form.filters input, form.filters select { font: inherit; color: var(--text); background: var(--background);
  border: 1px solid var(--rule); border-radius: .3rem; padding: .3rem .4rem; max-width: 100%; }
form.filters .search { flex: 1 1 12rem; }
.status { flex-basis: 100%; margin: 0; font-size: .9rem; color: var(--muted); }
section.group > h2 { font-size: 1.5rem; border-bottom: 2px solid var(--rule); padding-bottom: .2rem; margin-top: 2.5rem; }
article { padding: 1rem 0 1.25rem; border-bottom: 1px solid var(--rule); }
article h3 { font-size: 1.2rem; line-height: 1.3; margin: .25rem 0 .4rem; }
.kind { display: inline-block; font-size: .8rem; font-weight: 600; letter-spacing: .02em; text-transform: uppercase;
  color: var(--accent); margin-right: .25rem; }
.meta { color: var(--muted); margin: 0; }
.meta time { white-space: nowrap; }
ul.people { list-style: none; padding: 0; margin: .4rem 0; }
ul.people .role { color: var(--muted); }
figure.quote { margin: .9rem 0; padding: 0 0 0 1rem; border-left: 3px solid var(--accent); }
figure.quote blockquote { margin: 0; color: var(--quote); font-style: italic; }
figure.quote figcaption { font-size: .9rem; color: var(--muted); margin-top: .2rem; }
.body p { margin: .5rem 0; }
.body pre { overflow-x: auto; white-space: pre-wrap; }
.related, .updates { font-size: .95rem; }
.related ul, .updates ul { margin: .2rem 0; padding-left: 1.2rem; }
.label { font-weight: 600; }
footer.page { padding: 2rem 1rem; color: var(--muted); font-size: .9rem; }
@media print {
  :root { --text: #000; --muted: #333; --background: #fff; --link: #000; --accent: #000; --quote: #000; }
  form.filters, nav.contents, .skip, footer.page a.feed { display: none !important; }
  article { break-inside: avoid; }
  article h3 a[href^="http"]::after { content: " <" attr(href) ">"; font-size: .8em; font-weight: normal; }
  section.group > h2 { break-after: avoid; }
}
`;

/**
 * Filters by type and year and searches the page; shows the filter form it finds hidden. Without
 * it every entry is shown. Reads the words it writes from the page, which is in the page's language.
 */
export const SCRIPT = `'use strict';
(function () {
  var form = document.getElementById('filters');
  if (!form) return;
  var fold = function (text) {
    return text.normalize('NFKD').replace(/[\\u0300-\\u036f]/g, '').replace(/[\\u2019']/g, "'").toLowerCase();
  };
  var articles = Array.prototype.slice.call(document.querySelectorAll('article[data-type]'));
  var groups = Array.prototype.slice.call(document.querySelectorAll('section.group'));
  var texts = articles.map(function (article) {
    var parts = article.querySelectorAll(':scope > :not(script)');
    return fold(Array.prototype.map.call(parts, function (part) { return part.textContent; }).join(' '));
  });
  var status = document.getElementById('filter-status');
  function apply() {
    var type = form.elements.type.value;
    var year = form.elements.year.value;
    var words = fold(form.elements.q.value).split(/\\s+/).filter(Boolean);
    var shown = 0;
    articles.forEach(function (article, index) {
      var visible = (!type || article.dataset.type === type) && (!year || article.dataset.year === year) &&
        words.every(function (word) { return texts[index].indexOf(word) !== -1; });
      article.hidden = !visible;
      if (visible) shown++;
    });
    groups.forEach(function (group) { group.hidden = !group.querySelector('article:not([hidden])'); });
    status.textContent = (shown === 1 ? status.dataset.one : status.dataset.many).replace('{n}', String(shown));
  }
  form.addEventListener('input', apply);
  form.addEventListener('change', apply);
  form.addEventListener('submit', function (event) { event.preventDefault(); apply(); });
  form.hidden = false;
  apply();
})();
`;
