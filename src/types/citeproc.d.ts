// The part of citeproc-js (the `citeproc` package, CommonJS, untyped) that clic calls.
declare module 'citeproc' {
  interface Sys {
    retrieveLocale(lang: string): string | false;
    retrieveItem(id: string): unknown;
  }
  class Engine {
    constructor(sys: Sys, style: string, lang?: string, forceLang?: boolean);
    updateItems(ids: string[]): void;
    setOutputFormat(format: string): void;
    makeBibliography(): [{ bibstart: string; bibend: string; entry_ids: string[][] }, string[]] | false;
  }
  const CSL: {
    Engine: typeof Engine;
    Output: { Formats: Record<string, Record<string, unknown>> };
  };
  export default CSL;
}
