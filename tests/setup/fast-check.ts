// Property tests run with one fixed seed, so a CI run gives the same result every time and a
// red run can be replayed. FC_SEED=<n> picks another seed; FC_SEED=random explores with a new
// one each run (fast-check prints the seed of a failure, to be replayed with FC_SEED=<it>).
import fc from 'fast-check';

const FIXED_SEED = 20261122;
const wanted = process.env.FC_SEED;
if (wanted !== 'random') {
  const seed = wanted === undefined || wanted === '' ? FIXED_SEED : Number(wanted);
  if (!Number.isInteger(seed)) throw new Error(`FC_SEED must be an integer or "random", not ${JSON.stringify(wanted)}`);
  fc.configureGlobal({ seed });
}
