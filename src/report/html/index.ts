// --format html: one self-contained page (inline style and script, no network) with the run's
// summary and each article's text, its claims highlighted by verdict beside its problems.
import type { Formatter } from '../types.js';
import { htmlPage } from './page.js';

export const html: Formatter = (results, ctx) => htmlPage(results, ctx);
