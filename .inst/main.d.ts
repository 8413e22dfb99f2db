export interface CliIO {
    cwd: string;
    stdout: (s: string) => void;
    stderr: (s: string) => void;
    isTTY: boolean;
    env: NodeJS.ProcessEnv;
}
export declare function main(argv: string[], io: CliIO): number;
