// Scores per file from a Stryker JSON report made with disableBail: "after" counts every test,
// "before" counts a mutant detected when one of the tests from files not in NEW killed it (a timeout
// counts when an old test covers it). Usage: node mformat-score.mjs report.json new1.test.ts,new2.test.ts
import { readFileSync } from 'node:fs';
const [report, newList = ''] = process.argv.slice(2);
const data = JSON.parse(readFileSync(report, 'utf8'));
const newFiles = newList.split(',').filter(Boolean);
const testFile = new Map();
for (const [file, { tests }] of Object.entries(data.testFiles ?? {})) for (const t of tests) testFile.set(t.id, file);
const isOld = (id) => { const f = testFile.get(id) ?? ''; return !newFiles.some((n) => f.endsWith(n)); };
for (const [file, { mutants }] of Object.entries(data.files)) {
  let total = 0, after = 0, before = 0; const survivors = [];
  for (const m of mutants) {
    if (!['Killed', 'Survived', 'Timeout', 'NoCoverage'].includes(m.status)) continue;
    // With --ignoreStatic, Stryker still runs a static mutant against its covering tests without
    // reloading the module, so its verdict means nothing: left out (STATIC=1 keeps them, for full runs).
    if (m.static && !process.env.STATIC) continue;
    total++;
    const detected = m.status === 'Killed' || m.status === 'Timeout';
    if (detected) after++;
    const old = m.status === 'Killed' ? (m.killedBy ?? []).some(isOld) : m.status === 'Timeout' ? (m.coveredBy ?? []).some(isOld) : false;
    if (old) before++;
    if (!detected) survivors.push(`${m.location.start.line}:${m.location.start.column} ${m.mutatorName} ${m.status} ${JSON.stringify(m.replacement ?? '').slice(0, 80)}`);
  }
  const pct = (n) => (total ? ((100 * n) / total).toFixed(1) : '-');
  console.log(`${file}: total ${total}, before ${pct(before)}% (${before}), after ${pct(after)}% (${after}), survivors ${total - after}`);
  if (process.env.SHOW) for (const s of survivors) console.log('   ', s);
}
