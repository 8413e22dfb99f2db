// The post a holds-office statement is of: its object, { office, of }.
import type { IndexedStatement } from '../types.js';

/** The post a holds-office statement is of (its object), when it is one. */
export function postOf(s: IndexedStatement): { office: string; of: string } | undefined {
  const o = s.object;
  return o && typeof o === 'object' ? o : undefined;
}
