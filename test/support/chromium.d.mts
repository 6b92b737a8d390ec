import type { Browser } from 'puppeteer-core';

export const CHROMIUM: string;
export function hasChromium(): boolean;
export function launchChromium(): Promise<{ browser: Browser; close(): Promise<void> }>;
