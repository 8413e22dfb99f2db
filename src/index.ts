// The package entry: the Node API (docs/api.md) and the types of the pipeline's data.
export * from './types.js';
export * from './api/index.js';
