// Injected into the CommonJS bundles: what `import.meta.url` is in the ES modules they are built from.
export const importMetaUrl = require('node:url').pathToFileURL(__filename).href;
