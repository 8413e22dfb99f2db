// Shared types: the contract between the pipeline stages.
// documents -> mentions -> claims -> checks -> diagnostics -> reporters
export {};
