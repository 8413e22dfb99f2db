// Types of chromium.mjs for the TypeScript tests that share it.
import type { BrowserContext } from 'playwright-core';

export declare const CHROMIUM: string;
export declare function hasChromium(): boolean;
export declare function openChromium(viewport?: { width: number; height: number }): Promise<{ context: BrowserContext; close(): Promise<void> }>;
