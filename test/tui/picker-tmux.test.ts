// `clic search -i` driven as a person drives it: the built program in a real terminal (tmux),
// keys sent, the screen read back, stdout read from a file. Expectations are judged by hand on
// the bundled corpus (its README shows the same quotes), never taken from the code.
import { spawnSync } from 'node:child_process';
import { chmodSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import stringWidth from 'string-width';
import { afterEach, describe, expect, it } from 'vitest';
import { BUNDLED_CORPUS, ROOT, entryText, makeCorpus } from '../support/cli.js';
import { HAS_TMUX, startTmux, type TmuxSession } from '../support/tmux.js';

const BIN = join(ROOT, 'bin', 'clic.js');
const NATGEO_QUOTE = '« Il permet la migration virtuelle de la main d’œuvre, ou du doigt d’œuvre, en l’occurrence. » — Antonio A. Casilli, *National Geographic France*, 2020-10-15';

let session: TmuxSession | undefined;
afterEach(() => {
  session?.kill();
  session = undefined;
});

function picker(args: string[], options: { columns?: number; rows?: number; env?: Record<string, string> } = {}): TmuxSession {
  session = startTmux([process.execPath, BIN, 'search', '-i', ...args], { ...options, env: { NO_COLOR: '1', CLIC_CACHE_DIR: join(tmpdir(), `clic-tmux-cache-${process.pid}`), ...options.env } });
  return session;
}

const lines = (screen: string): string[] => screen.replace(/\n$/, '').split('\n');
const promptShows = (text: string) => (screen: string) => lines(screen)[0]!.startsWith(`> ${text}`) && /\d+ hits?/.test(lines(screen)[0]!) && !/%/.test(lines(screen)[0]!);

/** The alternate screen is left and the cursor shown: what tmux knows of the pane. */
const paneFlags = (s: TmuxSession) => s.tmux('display-message', '-p', '#{alternate_on} #{cursor_flag}').trim();

describe('clic search -i without a terminal', () => {
  it('is a usage error, in a process with no controlling terminal', () => {
    // setsid: a new session, so /dev/tty cannot be opened, as under cron or in CI.
    const result = spawnSync('setsid', ['-w', process.execPath, BIN, 'search', '-i', 'robots'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/^clic: search -i needs a terminal/);
  });
});

describe.skipIf(!HAS_TMUX)(`clic search -i in a terminal${HAS_TMUX ? '' : ' (skipped: tmux is not installed)'}`, () => {
  it('puts the hit of a query with a typo and no accents on top, moves, and prints the chosen quote', async () => {
    const s = picker([]);
    await s.waitFor((screen) => screen.includes('newest first'), 'the picker before a query');
    s.type("dogit d'oeuvre");
    const screen = await s.waitFor(promptShows("dogit d'oeuvre"), 'the ranked hits');
    expect(lines(screen)[1]).toMatch(/^> {2}2020-10-15 {2}National Geogra….*doigt d’œuvre/);
    expect(screen).toContain('2020-10-15-national-geographic.md:24');
    // The preview: title, outlet and date, people, the whole quote and its speaker.
    expect(screen).toContain('Les ouvriers du clic, le prolétariat 2.0');
    expect(screen).toContain('People: Antonio A. Casilli (interviewee), Marie-Amélie Carpio (interviewer)');
    expect(screen).toContain('— Antonio A. Casilli');
    s.send('Down');
    await s.waitFor((now) => /^> {2}2020-02-06 {2}Le Monde/m.test(now), 'the second hit selected');
    s.send('C-p');
    await s.waitFor((now) => /^> {2}2020-10-15/m.test(now), 'the first hit selected again');
    s.send('Enter');
    const result = await s.exited();
    expect(result).toMatchObject({ code: 0, stdout: `${NATGEO_QUOTE}\n` });
    expect(result.sttyAfter).toBe(result.sttyBefore);
    expect(paneFlags(s)).toBe('0 1');
  });

  it('opens for a bare `clic search` typed at a terminal', async () => {
    session = startTmux([process.execPath, BIN, 'search'], { env: { NO_COLOR: '1' } });
    await session.waitFor((screen) => screen.includes('newest first'), 'the picker before a query');
    session.send('Escape');
    expect((await session.exited()).code).toBe(130);
  });

  it('draws the screen the README shows (UPDATE_README=1 writes it there)', async () => {
    const s = picker([], { columns: 80, rows: 24 });
    await s.waitFor((screen) => screen.includes('newest first'), 'the picker before a query');
    s.type('travial du clic');
    await s.waitFor(promptShows('travial du clic'), 'the ranked hits');
    s.send('Down');
    const screen = (await s.waitFor((now) => /^> {2}\S/m.test(lines(now).slice(2).join('\n')), 'the second hit selected')).replace(/\n+$/, '');
    const readmePath = join(ROOT, 'README.md');
    const readme = readFileSync(readmePath, 'utf8');
    const block = /(Down, on an 80×24 terminal:\n\n```text\n)([\s\S]*?)(\n```)/;
    if (process.env.UPDATE_README) writeFileSync(readmePath, readme.replace(block, (_all, open: string, _old: string, close: string) => `${open}${screen}${close}`));
    else expect(screen).toBe(block.exec(readme)?.[2]);
    s.send('Escape');
    expect((await s.exited()).code).toBe(130);
  });

  it('prints the marked hits in the asked format, for a pipe into clic show', async () => {
    const s = startTmux(['sh', '-c', `'${process.execPath}' '${BIN}' search -i travail --format ids | '${process.execPath}' '${BIN}' show - --format json`], { env: { NO_COLOR: '1' } });
    session = s;
    s.type(' du cilc');
    const screen = await s.waitFor(promptShows('travail du cilc'), 'the ranked hits');
    const ids = lines(screen).slice(1, 3).map((line) => line.slice(3, 13));
    s.send('Tab');
    s.send('Tab');
    await s.waitFor((now) => now.includes('2 marked'), 'two hits marked');
    s.send('Enter');
    const result = await s.exited();
    expect(result.code).toBe(0);
    const shown = JSON.parse(result.stdout) as { date: string }[];
    expect(shown.map((entry) => entry.date)).toEqual([...new Set(ids)]);
  });

  it('redraws for the new size when the terminal is resized, down to 60×20', async () => {
    const s = picker(['travail', 'du', 'clic'], { columns: 80, rows: 40 });
    let screen = await s.waitFor(promptShows('travail du clic'), 'the ranked hits');
    expect(lines(screen)).toHaveLength(40);
    s.resize(60, 20);
    screen = await s.waitFor((now) => lines(now).length === 20 && /^──/.test(lines(now)[7]!), 'the screen at 60×20');
    for (const line of lines(screen)) expect(stringWidth(line)).toBeLessThanOrEqual(60);
    // The rule under the hits spans the width; the keys are on the last line.
    expect(stringWidth(lines(screen)[7]!)).toBe(60);
    expect(lines(screen)[19]).toMatch(/^Enter choose/);
    s.resize(100, 30);
    screen = await s.waitFor((now) => lines(now).length === 30 && stringWidth(lines(now).find((line) => line.startsWith('──'))!) === 100, 'the screen at 100×30');
    s.send('Escape');
    expect((await s.exited()).code).toBe(130);
  });

  it('leaves with Esc: status 130, nothing on stdout, the terminal as it was', async () => {
    const s = picker(['robots']);
    await s.waitFor(promptShows('robots'), 'the ranked hits');
    expect(paneFlags(s)).toMatch(/^1 /);
    s.send('Escape');
    const result = await s.exited();
    expect(result).toMatchObject({ code: 130, stdout: '' });
    expect(result.sttyAfter).toBe(result.sttyBefore);
    expect(paneFlags(s)).toBe('0 1');
  });

  it('lists every quote, newest first, before a query is typed, and again once the query is erased', async () => {
    const s = picker([]);
    // The bundled corpus: 25 entries; the newest, National Geographic's of 2020-10-15, opens
    // with the quote below; the one before it is France Inter's of 2020-08-18.
    const screen = await s.waitFor((now) => /^> +all \d+, newest first$/.test(lines(now)[0]!), 'the listing');
    expect(lines(screen)[1]).toMatch(/^> {2}2020-10-15 {2}National Geogra… {2}Contrairement à ce que l’on pourrait croire/);
    expect(screen).toContain('2020-10-15-national-geographic.md:12');
    expect(lines(screen).slice(1).findIndex((line) => line.includes('2020-08-18'))).toBeGreaterThan(0);
    s.type('robots');
    await s.waitFor(promptShows('robots'), 'the ranked hits');
    s.send('C-u');
    await s.waitFor((now) => /^> +all \d+, newest first$/.test(lines(now)[0]!) && lines(now)[1]!.includes('Contrairement'), 'the listing again');
    s.send('Enter');
    const result = await s.exited();
    expect(result.code).toBe(0);
    // The quote has no speaker in the file: only the outlet and the date attribute it.
    expect(result.stdout).toBe('« Contrairement à ce que l’on pourrait croire, l’intelligence artificielle est sans cesse assistée par l’Homme. Son essor est à l’origine de la prolifération de nouveaux travailleurs pauvres partout dans le monde, y compris en France. » — *National Geographic France*, 2020-10-15\n');
  });

  it('suspends with Ctrl-Z, the terminal given back to the shell, and comes back drawn with fg', async () => {
    // An interactive shell, for job control: the picker is its job, stopped, then brought back
    // once the shell has read a line. (A shell without job control leaves a stop signal unheard.)
    const script = `'${process.execPath}' '${BIN}' search -i robots; read -r _; fg`;
    const s = startTmux(['bash', '--norc', '--noprofile', '-i', '-c', script], { env: { NO_COLOR: '1' } });
    session = s;
    await s.waitFor(promptShows('robots'), 'the ranked hits');
    const childOf = (pid: string): string => readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/)[0]!;
    const node = childOf(childOf(s.tmux('display-message', '-p', '#{pane_pid}').trim()));
    /** The process's state, as ps shows it: T when stopped. */
    const stateOf = (): string => readFileSync(`/proc/${node}/stat`, 'utf8').replace(/^.*\) /, '')[0]!;
    s.send('C-z');
    await s.waitFor(() => stateOf() === 'T' && paneFlags(s) === '0 1', 'the picker stopped, off the alternate screen, the cursor shown');
    s.send('Enter');
    await s.waitFor((now) => promptShows('robots')(now) && paneFlags(s).startsWith('1 '), 'the picker back');
    s.type(' humains');
    await s.waitFor(promptShows('robots humains'), 'keys read again');
    s.send('Escape');
    const result = await s.exited();
    expect(result.code).toBe(130);
    expect(result.sttyAfter).toBe(result.sttyBefore);
  });

  it('gives the terminal back when it is killed with SIGTERM', async () => {
    const s = picker(['robots']);
    await s.waitFor(promptShows('robots'), 'the ranked hits');
    const shell = s.tmux('display-message', '-p', '#{pane_pid}').trim();
    const node = readFileSync(`/proc/${shell}/task/${shell}/children`, 'utf8').trim().split(/\s+/)[0]!;
    process.kill(Number(node), 'SIGTERM');
    const result = await s.exited();
    expect(result).toMatchObject({ code: 143, stdout: '' });
    expect(result.sttyAfter).toBe(result.sttyBefore);
    expect(paneFlags(s)).toBe('0 1');
  });

  it('opens the selected hit in $EDITOR at its line with Ctrl-O, then comes back', async () => {
    const dir = makeCorpus({});
    const editor = join(dir, 'fake editor.sh');
    const record = join(dir, 'editor-args');
    // Records its words and whether it was given the terminal, as an editor needs.
    writeFileSync(editor, `#!/bin/sh\nprintf '%s\\n' "$@" > '${record}'\n[ -t 0 ] && [ -t 1 ] && echo tty >> '${record}'\n`);
    chmodSync(editor, 0o755);
    const s = picker(['doigt', 'oeuvre'], { env: { EDITOR: `'${editor}' --wait`, VISUAL: '' } });
    await s.waitFor(promptShows('doigt oeuvre'), 'the ranked hits');
    s.send('C-o');
    await s.waitFor(() => { try { return readFileSync(record, 'utf8').includes('tty'); } catch { return false; } }, 'the editor to run');
    expect(readFileSync(record, 'utf8')).toBe(`--wait\n+24\n${join(BUNDLED_CORPUS, '2020-10-15-national-geographic.md')}\ntty\n`);
    await s.waitFor(promptShows('doigt oeuvre'), 'the picker back');
    s.send('Escape');
    expect((await s.exited()).code).toBe(130);
  });

  it('copies the quote with its attribution to the clipboard with Ctrl-Y (OSC 52)', async () => {
    const s = picker(['doigt', 'oeuvre']);
    await s.waitFor(promptShows('doigt oeuvre'), 'the ranked hits');
    s.send('C-y');
    await s.waitFor((screen) => screen.includes('copied'), 'the copy confirmed');
    expect(s.tmux('show-buffer')).toBe(NATGEO_QUOTE);
    s.send('C-c');
    expect(await s.exited()).toMatchObject({ code: 130, stdout: '' });
  });

  it('keeps wide characters in their columns and shows control characters as escapes', async () => {
    const corpus = makeCorpus({
      'wide.md': entryText({ outlet: '"朝日新聞 📰"', quotes: '["東京の労働者 🤖 travail invisible 😀 et \\u001b[31mrouge"]' }),
    });
    const s = picker(['travail', '--corpus', corpus], { columns: 60, rows: 20, env: { FORCE_COLOR: '1', NO_COLOR: '' } });
    const screen = await s.waitFor(promptShows('travail'), 'the ranked hits');
    expect(lines(screen)).toHaveLength(20);
    for (const line of lines(screen)) expect(stringWidth(line)).toBeLessThanOrEqual(60);
    expect(lines(screen)[1]).toContain('朝日新聞');
    expect(screen).toContain('\\x1b[31mrouge');
    // The matched word is highlighted, in colour since FORCE_COLOR asks for it.
    expect(s.screen(true)).toMatch(/\u001b\[[0-9;]*4[0-9;]*m[^\u001b]*travail/);
    s.send('Escape');
    expect((await s.exited()).code).toBe(130);
  });
});
