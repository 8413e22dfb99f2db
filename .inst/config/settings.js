// Effective settings of a run: command-line options over the config file over defaults.
import path from 'node:path';
export function severitiesOf(rules) {
    const out = {};
    for (const [id, setting] of Object.entries(rules ?? {}))
        out[id] = Array.isArray(setting) ? setting[0] : setting;
    return out;
}
export function resolveSettings(cli, config, cwd) {
    const configClaims = config?.claims === undefined ? undefined : [].concat(config.claims).map((c) => path.resolve(config.dir, c));
    return {
        claims: cli.claims ? cli.claims.map((c) => path.resolve(cwd, c)) : configClaims,
        format: cli.format ?? config?.format ?? 'stylish',
        lang: cli.lang ?? config?.lang,
        date: cli.date ?? config?.date,
        maxWarnings: cli.maxWarnings ?? config?.maxWarnings ?? -1,
        severities: severitiesOf(config?.rules),
    };
}
