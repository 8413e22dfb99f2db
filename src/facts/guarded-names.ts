// Stored names are read group by group while a matcher runs, after FactIndex's own guard: a
// group whose bytes prove damaged makes the matcher go on with names collected from the loaded
// set instead, skipping the groups it already has (those were read whole and are the same).
import { collectNames } from '../extract/names.js';
import type { Grouping, MapGroups, NameSource, PendingGroups, PendingName } from '../extract/name-source.js';
import type { Entity } from '../types.js';

class GuardedGroups implements PendingGroups {
  private fallback: MapGroups | undefined;
  private readonly taken: string[] = [];
  readonly size: number;

  constructor(private readonly inner: PendingGroups, private readonly grouping: Grouping, private readonly entities: () => Iterable<Entity>) {
    this.size = inner.size;
  }

  get open(): boolean {
    return this.fallback ? this.fallback.open : this.inner.open;
  }

  take(g: string): PendingName[] | undefined {
    if (this.fallback) return this.fallback.take(g);
    try {
      const names = this.inner.take(g);
      this.taken.push(g);
      return names;
    } catch {
      this.fallback = collectNames(this.entities(), this.grouping);
      for (const t of this.taken) this.fallback.take(t);
      return this.fallback.take(g);
    }
  }
}

/** `inner`, with `entities` (the loaded set's) to fall back on. */
export function guardNames(inner: NameSource, entities: () => Iterable<Entity>): NameSource {
  return { groupedNames: true, groups: (grouping) => new GuardedGroups(inner.groups(grouping), grouping, entities) };
}
