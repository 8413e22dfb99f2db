// Errors a user can act on. The CLI prints `message` (no stack) and exits with `exitCode`.
/** A usage, config or fact-set problem: the run cannot go on (exit 2). */
export class FactlintError extends Error {
    exitCode;
    constructor(message, exitCode = 2) {
        super(message);
        this.name = 'FactlintError';
        this.exitCode = exitCode;
    }
}
/** A problem in one fact file: names the file, the entry (JSON pointer) and what is wrong. */
export class FactSetError extends FactlintError {
    problems;
    constructor(problems) {
        const lines = problems.slice(0, 20).map((p) => `  ${p.file}${p.pointer ? `#${p.pointer}` : ''}: ${p.message}`);
        if (problems.length > 20)
            lines.push(`  ... and ${problems.length - 20} more`);
        super(`invalid fact set:\n${lines.join('\n')}`);
        this.name = 'FactSetError';
        this.problems = problems;
    }
}
/** A problem confined to one article (binary, invalid UTF-8, broken front matter): reported for that file, the run goes on. */
export class DocumentError extends Error {
    constructor(message) {
        super(message);
        this.name = 'DocumentError';
    }
}
