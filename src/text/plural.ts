/** "1 problem", "3 problems": a count with its noun, plural by an -s (the nouns of our messages). */
export function plural(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}
