// Headless Chromium for the html report's browser test and `npm run screenshot`: the Debian
// package's binary driven by playwright-core (no browser download), with everything that would
// reach the network switched off and a fresh profile each time.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export const CHROMIUM = '/usr/bin/chromium';

export const hasChromium = () => existsSync(CHROMIUM);

const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/**
 * Opens a browser context on a fresh user-data-dir (playwright takes the profile folder as
 * launchPersistentContext's argument rather than as --user-data-dir). close() also removes it.
 */
export async function openChromium(viewport = { width: 1200, height: 900 }) {
  const { chromium } = await import('playwright-core');
  const profile = mkdtempSync(path.join(tmpdir(), 'factlint-chromium-'));
  const context = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, headless: true, args: ARGS, viewport });
  return {
    context,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
