// What --debug is told about a run: how long each stage took and what was loaded from where.
// The engine reports through this interface and never prints; the CLI decides where it goes.
export interface RunTrace {
  /** Runs `f` as the named stage and records how long it took. */
  stage<T>(name: string, f: () => T): T;
  /** Records that `what` (config, fact set, cache...) came from `where`. */
  loaded(what: string, where: string): void;
}

/** A trace that records nothing: runs without --debug. */
export const NO_TRACE: RunTrace = {
  stage: (_name, f) => f(),
  loaded: () => {},
};
