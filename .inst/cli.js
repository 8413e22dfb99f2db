#!/usr/bin/env node
// The factlint binary: real process I/O around main().
import { FactlintError } from './errors.js';
import { main } from './main.js';
function entry() {
    const io = {
        cwd: process.cwd(),
        stdout: (s) => process.stdout.write(s),
        stderr: (s) => process.stderr.write(s),
        isTTY: Boolean(process.stdout.isTTY),
        env: process.env,
    };
    let code;
    try {
        code = main(process.argv.slice(2), io);
    }
    catch (err) {
        if (err instanceof FactlintError) {
            io.stderr(`factlint: ${err.message}\n`);
            code = err.exitCode;
        }
        else {
            io.stderr(`factlint: internal error: ${err.message}\n`);
            if (process.env.FACTLINT_DEBUG)
                io.stderr(`${err.stack}\n`);
            code = 2;
        }
    }
    process.exitCode = code;
}
entry();
