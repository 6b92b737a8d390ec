// How a quote is shown: in the quotation marks of its entry's language, with its speaker and
// time code. Shared by `clic show` and the hits of `clic search`.

export interface QuoteMarks {
  open: string;
  close: string;
}

/** Primary quotation marks by ISO 639-1 code; French sets them off with spaces. */
const MARKS: Readonly<Record<string, QuoteMarks>> = {
  fr: { open: '« ', close: ' »' },
  en: { open: '“', close: '”' },
  de: { open: '„', close: '“' },
  nl: { open: '„', close: '”' },
  pl: { open: '„', close: '”' },
  cs: { open: '„', close: '“' },
  es: { open: '«', close: '»' },
  it: { open: '«', close: '»' },
  pt: { open: '«', close: '»' },
  ru: { open: '«', close: '»' },
  el: { open: '«', close: '»' },
  sv: { open: '”', close: '”' },
  fi: { open: '”', close: '”' },
  da: { open: '»', close: '«' },
  ja: { open: '「', close: '」' },
  zh: { open: '“', close: '”' },
};

/** For an entry without a language, or one not in the table: the most widely read marks. */
const DEFAULT_MARKS: QuoteMarks = { open: '“', close: '”' };

export const quoteMarksFor = (language: string | null | undefined): QuoteMarks => (language ? MARKS[language.toLowerCase()] : undefined) ?? DEFAULT_MARKS;

/**
 * The line under a quote: `— Speaker`, `— Speaker (14:30)`, or `(14:30)` alone, so that a time
 * code is never read as a speaker. Empty when the quote has neither. Values must be safe already.
 */
export function quoteSource(speaker: string | null, at: string | null): string {
  const time = at === null || at === '' ? '' : `(${at})`;
  if (speaker === null || speaker === '') return time;
  return time === '' ? `— ${speaker}` : `— ${speaker} ${time}`;
}
