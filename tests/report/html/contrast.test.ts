// The html report's colours meet WCAG AA (4.5:1) where they carry text: each verdict's icon
// on its tint and on white, muted text and links on the backgrounds they sit on.
import { expect, it } from 'vitest';
import { STYLE } from '../../../src/report/html/style.js';

const vars = Object.fromEntries([...STYLE.matchAll(/--([\w-]+):(#[0-9a-f]{6})/gi)].map((m) => [m[1]!, m[2]!]));

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

const contrast = (a: string, b: string): number => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
};

it('keeps text colours at 4.5:1 or more on their backgrounds', () => {
  const pairs: Array<[string, string]> = [
    ['ok', 'ok-bg'], ['bad', 'bad-bg'], ['unk', 'unk-bg'], ['flag', 'flag-bg'],
    ...(['fg', 'muted', 'link', 'ok', 'bad', 'unk', 'flag'] as const).map((k): [string, string] => [k, 'white']),
    ...(['ok-bg', 'bad-bg', 'unk-bg', 'flag-bg'] as const).map((k): [string, string] => ['fg', k]),
  ];
  const color = (k: string): string => (k === 'white' ? '#ffffff' : vars[k]!);
  for (const [fg, bg] of pairs) {
    expect(vars[fg], `--${fg} set as #rrggbb`).toBeDefined();
    expect({ fg, bg, ratio: contrast(color(fg), color(bg)) >= 4.5 }).toEqual({ fg, bg, ratio: true });
  }
});
