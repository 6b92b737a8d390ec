// `npm run screenshot`: the page `clic site` writes for the bundled corpus, as docs/site.png.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { hasChromium, launchChromium, CHROMIUM } from '../test/support/chromium.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
if (!hasChromium()) {
  console.error(`screenshot: no chromium at ${CHROMIUM} (apt-get install chromium)`);
  process.exit(1);
}
const dir = mkdtempSync(join(tmpdir(), 'clic-screenshot-'));
try {
  execFileSync(process.execPath, ['build.mjs'], { cwd: ROOT, stdio: 'inherit' });
  execFileSync(process.execPath, ['bin/clic.js', 'site', '--corpus', 'corpus', '-o', join(dir, 'site')], { cwd: ROOT, stdio: 'inherit' });
  const chromium = await launchChromium();
  try {
    const page = await chromium.browser.newPage();
    await page.setViewport({ width: 1000, height: 1250, deviceScaleFactor: 1 });
    await page.goto(pathToFileURL(join(dir, 'site', 'index.html')).href, { waitUntil: 'load' });
    await page.screenshot({ path: join(ROOT, 'docs', 'site.png') });
  } finally {
    await chromium.close();
  }
  console.error('screenshot: wrote docs/site.png');
} finally {
  rmSync(dir, { recursive: true, force: true });
}
