import type { EntryType } from '../core/schema.js';

/** Colour, passed into formatters so they stay pure; `plainPaint` when colour is off. */
export interface Paint {
  enabled: boolean;
  bold(text: string): string;
  dim(text: string): string;
  byType(type: EntryType, text: string): string;
  highlight(text: string): string;
  error(text: string): string;
  warning(text: string): string;
}

const same = (text: string): string => text;

export const plainPaint: Paint = {
  enabled: false,
  bold: same,
  dim: same,
  byType: (_type, text) => text,
  highlight: same,
  error: same,
  warning: same,
};
