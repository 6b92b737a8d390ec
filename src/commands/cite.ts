import { Option, type Command } from 'commander';
import type { Context } from '../context.js';
import { assignCitationKeys } from '../core/keys.js';
import type { Entry, QuotedEntry } from '../core/schema.js';
import { EXIT_NOT_FOUND, EXIT_OK, UsageError } from '../errors.js';
import { CITE_FORMATS, formatQuote, formatReferences, type CiteFormat, type CiteStyle } from '../format/citation.js';
import { formatCslJson } from '../format/csl.js';
import { isPageLanguage } from '../format/site/labels.js';
import { cslDirs, cslLocales, readCslStyle } from '../fs/csl-files.js';
import type { SetExitCode } from '../program.js';
import { addCommonOptions, loadCorpusFor, parseCount, reportUnknownId, writeData, type CommonOptions } from './shared.js';

export interface CiteOptions extends CommonOptions {
  quote?: string;
  style: string;
  lang?: string;
  format: CiteFormat;
}

/** The CSL locale for entries in a language: its own when it is French or English, else English. */
export function localeFor(entries: readonly Entry[]): string {
  const french = entries.filter((e) => e.language === 'fr').length;
  return french * 2 > entries.length ? 'fr-FR' : 'en-US';
}

/** The style and locale files, read once; a missing one is a usage error naming where clic looked. */
export function citeStyleFor(style: string, lang: string, ctx: Context): CiteStyle {
  const dirs = cslDirs(ctx.env);
  return { style: readCslStyle(style, ctx.cwd, dirs), locale: cslLocales(lang, dirs), lang };
}

/** The entries as CSL-JSON items, exactly as `clic export --format csl-json` writes them. */
export function cslItems(entries: readonly QuotedEntry[], keys: ReadonlyMap<string, string>) {
  return JSON.parse(formatCslJson(entries, keys).text) as (Record<string, unknown> & { id: string })[];
}

/** `clic export --format text`: the entries as a formatted list, in the style's order. */
export function formatReferenceList(entries: readonly QuotedEntry[], keys: ReadonlyMap<string, string>, options: { style?: string; locale?: string }, ctx: Context) {
  const style = citeStyleFor(options.style ?? 'apa', options.locale ?? localeFor(entries), ctx);
  return { text: formatReferences(cslItems(entries, keys), style, 'text'), leftOut: [] };
}

export async function runCite(id: string, options: CiteOptions, ctx: Context): Promise<number> {
  const quoteNumber = parseCount('--quote', options.quote);
  if (quoteNumber === 0) throw new UsageError('--quote counts from 1');
  const corpus = await loadCorpusFor(options, ctx, { quotes: true });
  const [entry] = corpus.store.quoted([id]);
  if (entry === undefined) {
    reportUnknownId(ctx, id, corpus.entries.map((e) => e.id));
    return EXIT_NOT_FOUND;
  }
  const lang = options.lang ?? localeFor([entry]);
  if (quoteNumber !== undefined) {
    const { quotes } = entry;
    const quote = quotes[quoteNumber - 1];
    if (quote === undefined) {
      throw new UsageError(`${id} has ${quotes.length === 1 ? '1 quote' : `${quotes.length} quotes`}, not ${quoteNumber}`, `clic show ${id} lists them`);
    }
    const language = lang.slice(0, 2);
    writeData(ctx, formatQuote(quote, entry, isPageLanguage(language) ? language : 'en', options.format));
    return EXIT_OK;
  }
  const keys = assignCitationKeys(corpus.entries).byId;
  writeData(ctx, formatReferences(cslItems([entry], keys), citeStyleFor(options.style, lang, ctx), options.format));
  return EXIT_OK;
}

export function registerCite(command: Command, ctx: Context, setExitCode: SetExitCode): Command {
  return addCommonOptions(
    command
      .argument('<id>', 'the entry to cite')
      .option('--quote <n>', 'the entry\'s quote number n (from 1), with its attribution')
      .option('--style <style>', 'apa, chicago, another installed CSL style, or FILE.csl', 'apa')
      .option('--lang <locale>', 'CSL locale, e.g. fr-FR or en-US (default: from the entry\'s language)')
      .addOption(new Option('--format <format>', 'output format').choices(CITE_FORMATS).default('text')),
  )
    .addHelpText('after', `
References are rendered by citeproc-js from the entry's CSL-JSON, with the system's CSL styles
and locales (/usr/share/citation-style-language, or CLIC_CSL_DIR); nothing is fetched.

Examples:
  clic cite 2020-10-15-national-geographic
  clic cite 2020-10-15-national-geographic --style chicago --lang en-US --format md
  clic cite 2020-10-15-national-geographic --quote 2
  clic export --format text --style apa --year 2020`)
    .action(async (id: string, options: CiteOptions) => setExitCode(await runCite(id, options, ctx)));
}
