// Citation styles and locales, read from the system's CSL files (Debian's
// citation-style-language-styles and -locales) or from a file the user names. Nothing is fetched.
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { UsageError } from '../errors.js';
import { safeLine } from '../format/terminal.js';

/** Where the CSL files are: `CLIC_CSL_DIR` first when set, then the system's folder. */
export function cslDirs(env: Readonly<Record<string, string | undefined>>): string[] {
  return [...(env.CLIC_CSL_DIR ? [env.CLIC_CSL_DIR] : []), '/usr/share/citation-style-language'];
}

/** Short names for the styles people ask for most. */
const STYLE_ALIASES: Readonly<Record<string, string>> = { apa: 'apa', chicago: 'chicago-note-bibliography', mla: 'modern-language-association' };

const INSTALL_HINT = 'install the CSL files (apt-get install citation-style-language-styles citation-style-language-locales) or give --style FILE.csl';

function readFirst(candidates: string[]): { path: string; text: string } | undefined {
  const path = candidates.find((candidate) => existsSync(candidate));
  return path === undefined ? undefined : { path, text: readFileSync(path, 'utf8') };
}

/** A dependent style only names its parent; the parent holds the rules. */
function independentParent(style: string): string | undefined {
  const link = /<link\b[^>]*rel="independent-parent"[^>]*>/.exec(style)?.[0];
  return link === undefined ? undefined : /href="[^"]*\/([^/"]+)"/.exec(link)?.[1];
}

/** A style's XML, from `--style NAME` (a system style) or `--style FILE.csl` (relative to cwd). */
export function readCslStyle(style: string, cwd: string, dirs: readonly string[]): string {
  if (style.endsWith('.csl') || style.includes('/')) {
    const path = resolve(cwd, style);
    if (!existsSync(path)) throw new UsageError(`--style: no file ${safeLine(path)}`);
    return readFileSync(path, 'utf8');
  }
  if (!/^[a-z0-9-]+$/.test(style)) throw new UsageError(`--style: \`${safeLine(style)}\` is neither a style name nor a .csl file`);
  const name = STYLE_ALIASES[style] ?? style;
  const candidates = dirs.flatMap((dir) => [join(dir, 'styles', `${name}.csl`), join(dir, 'styles', 'dependent', `${name}.csl`)]);
  const found = readFirst(candidates);
  if (found === undefined) throw new UsageError(`--style: no style \`${safeLine(style)}\`; clic looked for ${candidates.join(', ')}`, INSTALL_HINT);
  const parent = independentParent(found.text);
  if (parent === undefined) return found.text;
  const parents = dirs.map((dir) => join(dir, 'styles', `${parent}.csl`));
  const parentFound = readFirst(parents);
  if (parentFound === undefined) throw new UsageError(`--style: ${style} depends on the style ${parent}; clic looked for ${parents.join(', ')}`, INSTALL_HINT);
  return parentFound.text;
}

/** The locale files citeproc asks for, as a lookup; `required` must exist, or a usage error says where clic looked. */
export function cslLocales(required: string, dirs: readonly string[]): (lang: string) => string | false {
  const pathsFor = (lang: string) => dirs.map((dir) => join(dir, 'locales', `locales-${lang}.xml`));
  if (!/^[a-z]{2,3}(-[A-Z]{2})?$/.test(required)) throw new UsageError(`--lang: \`${safeLine(required)}\` is not a locale`, 'write it as fr-FR or en-US');
  if (readFirst(pathsFor(required)) === undefined) {
    throw new UsageError(`--lang: no locale ${safeLine(required)}; clic looked for ${pathsFor(required).join(', ')}`,
      'install the CSL locales (apt-get install citation-style-language-locales), or choose another --lang');
  }
  const cache = new Map<string, string | false>();
  return (lang) => {
    if (!/^[a-zA-Z-]+$/.test(lang)) return false;
    if (!cache.has(lang)) cache.set(lang, readFirst(pathsFor(lang))?.text ?? false);
    return cache.get(lang)!;
  };
}
