/**
 * Where cached fact indexes and code caches live: $FACTLINT_CACHE_DIR ("off" disables), else
 * node_modules/.cache/factlint in the current folder when it has node_modules, else the user's
 * cache folder ($XDG_CACHE_HOME or ~/.cache), else the system temp folder.
 */
export declare function cacheDir(cwd: string, env?: NodeJS.ProcessEnv): string | undefined;
