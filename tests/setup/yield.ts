// A turn of the event loop after every test. vitest's test process answers its runner between
// tests only when it gets one: tests that block in synchronous work or spawns (a run-on sentence
// of 1.5 MB linted eight times, property tests over every word list) yield only microtasks between
// them, and a file that stays busy for a minute in all was cut off ("Timeout calling
// onTaskUpdate") though every test in it passed.
import { afterEach } from 'vitest';

afterEach(() => new Promise<void>((resolve) => setTimeout(resolve, 0)));
