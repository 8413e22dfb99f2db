// One pending run per key (a document URI): a new request within `ms` replaces the pending one,
// so typing lints once after a pause instead of at every keystroke.
export class Debouncer {
  private readonly timers = new Map<string, NodeJS.Timeout>();

  constructor(private readonly ms: number) {}

  schedule(key: string, run: () => void): void {
    this.cancel(key);
    this.timers.set(key, setTimeout(() => {
      this.timers.delete(key);
      run();
    }, this.ms));
  }

  cancel(key: string): void {
    const t = this.timers.get(key);
    if (t !== undefined) clearTimeout(t);
    this.timers.delete(key);
  }

  cancelAll(): void {
    for (const t of this.timers.values()) clearTimeout(t);
    this.timers.clear();
  }
}
