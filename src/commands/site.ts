import { Command, Option } from 'commander';
import { resolve } from 'node:path';
import type { Context } from '../context.js';
import { applyFilter } from '../core/filter.js';
import type { Entry } from '../core/schema.js';
import { sortEntries } from '../core/sort.js';
import { EXIT_OK, UsageError } from '../errors.js';
import { buildSite, type SiteFormat } from '../format/site/index.js';
import { isPageLanguage, PAGE_LANGUAGES, WORDS, type PageLanguage } from '../format/site/labels.js';
import type { GroupBy } from '../format/site/page.js';
import { safeLine } from '../format/terminal.js';
import { writeSite } from '../fs/site-dir.js';
import type { SetExitCode } from '../program.js';
import { addFilterOptions, filterSpecFrom, type FilterOptions } from './filters.js';
import { addCommonOptions, loadCorpusFor, type CommonOptions } from './shared.js';

/** `--lang` is the page's language here, so the language filter is the one filter site leaves out. */
export interface SiteOptions extends CommonOptions, Omit<FilterOptions, 'lang'> {
  output: string;
  title?: string;
  /** One of PAGE_LANGUAGES: commander checks the choice. */
  lang?: PageLanguage;
  group: GroupBy;
  baseUrl?: string;
  force?: boolean;
  format: SiteFormat;
}

/** The language most entries are in, when the page can be written in it; else French, the corpus's own. */
function mainLanguage(entries: readonly Entry[]): PageLanguage {
  const counts = new Map<PageLanguage, number>();
  for (const { language } of entries) if (language !== null && isPageLanguage(language)) counts.set(language, (counts.get(language) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 'fr';
}

function baseUrlFrom(text: string | undefined): string | undefined {
  if (text === undefined) return undefined;
  let url: URL | undefined;
  try {
    url = new URL(text);
  } catch {
    url = undefined;
  }
  if (url === undefined || (url.protocol !== 'http:' && url.protocol !== 'https:')) {
    throw new UsageError(`--base-url: \`${safeLine(text)}\` is not an http or https address`, 'e.g. --base-url https://example.org/press/');
  }
  return url.href;
}

export async function runSite(options: SiteOptions, ctx: Context): Promise<number> {
  if (options.output === '') throw new UsageError('-o needs a folder name', 'e.g. -o site');
  const baseUrl = baseUrlFrom(options.baseUrl);
  const spec = filterSpecFrom({ ...options, lang: undefined });
  const corpus = await loadCorpusFor(options, ctx, { bodies: true });
  const entries = sortEntries(applyFilter(corpus.entries, spec));
  // Quotes and bodies from the same read of each file as the entries.
  const fullById = new Map(corpus.store.full(entries.map((e) => e.id)).map((full) => [full.id, full]));
  const language = options.lang ?? mainLanguage(corpus.entries);
  const generator = `clic ${ctx.version}`;
  const files = buildSite(entries, {
    title: options.title ?? WORDS[language].title,
    language,
    group: options.group,
    baseUrl,
    titles: new Map(corpus.entries.map((e) => [e.id, e.title])),
    full: (entry: Entry) => {
      const { quotes, body } = fullById.get(entry.id)!;
      return { quotes, body };
    },
    generator,
  }, options.format);
  writeSite(resolve(ctx.cwd, options.output), files, options.force === true, options.output, generator);
  const count = entries.length === 1 ? '1 entry' : `${entries.length} entries`;
  ctx.io.err(`clic: wrote ${count} to ${safeLine(options.output)} (${Object.keys(files).join(', ')})\n`);
  return EXIT_OK;
}

/** The filter flags without `--lang`, which names the page's language in this command. */
function addFiltersButLanguage(command: Command): Command {
  for (const option of addFilterOptions(new Command()).options) if (option.long !== '--lang') command.addOption(option);
  return command;
}

export function registerSite(command: Command, ctx: Context, setExitCode: SetExitCode): Command {
  addFiltersButLanguage(command);
  addCommonOptions(
    command
      .option('-o, --output <dir>', 'folder to write the site into', 'site')
      .option('--title <text>', 'the page title (default: "Presse et médias" / "Press and media")')
      .addOption(new Option('--lang <code>', "the page's language (default: the corpus's main language)").choices(PAGE_LANGUAGES))
      .addOption(new Option('--group <by>', 'sections by year or by type').choices(['year', 'type']).default('year'))
      .option('--base-url <url>', 'where the page will be published, for the feed and JSON-LD ids')
      .option('--force', 'write into a folder that holds files clic did not write')
      .addOption(new Option('--format <format>', 'html (index.html, style.css, site.js, feed.xml) or md (index.md)').choices(['html', 'md']).default('html')),
  );
  return command
    .addHelpText('after', `
The page works without JavaScript and loads nothing from elsewhere; its script only adds filters
by type and year and a search. An entry in another language than the page carries its own lang.
clic writes into an empty folder, or one it wrote before (it leaves a .clic-site file there).

Examples:
  clic site -o public
  clic site --since 2020 --lang en --title "Press" --base-url https://example.org/press/ -o public --force
  clic site --group type --format md -o content/press`)
    .action(async (options: SiteOptions) => setExitCode(await runSite(options, ctx)));
}
