// One command-line run against a CliIO: main() with its errors turned into messages and an exit
// code. Shared by the binary (cli.ts) and the resident server (daemon/server.ts), so a run
// answers the same bytes whichever process serves it.
import { daemonCommand } from './commands/daemon.js';
import { FactlintError } from './errors.js';
import { main, type CliIO } from './main.js';
import { printableLine } from './report/text-width.js';

export function runMain(argv: string[], io: CliIO): number {
  try {
    // `factlint daemon ...` here rather than in main(): the server it starts runs runMain itself.
    if (argv[0] === 'daemon') return daemonCommand(argv.slice(1), io, runMain);
    return main(argv, io);
  } catch (err) {
    if (err instanceof FactlintError) {
      // Each line escaped: a file name or value in a message must not run terminal or CI-log commands.
      io.stderr(`factlint: ${err.lines.map(printableLine).join('\n')}\n`);
      return err.exitCode;
    }
    io.stderr(`factlint: internal error: ${printableLine((err as Error).message)}\n`);
    if (io.env.FACTLINT_DEBUG) io.stderr(`${(err as Error).stack}\n`);
    return 2;
  }
}
