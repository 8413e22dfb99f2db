// Worker thread entry (see workers.ts): builds the fact index from the serialized fact set it is
// given, then lints each chunk of files it receives and answers on its port, bumping the shared
// counter so the main thread wakes up.
import { workerData } from 'node:worker_threads';
import { decodeFactSet } from '../facts/compiled-cache.js';
import { FactIndex } from '../facts/index.js';
import { readAndLint } from './run.js';
const { setup, port, signal } = workerData;
let lintOne;
let setupError;
try {
    const loaded = decodeFactSet(setup.facts);
    if (!loaded)
        throw new Error('worker: the fact set could not be decoded');
    const index = new FactIndex(loaded);
    const opts = { cwd: setup.cwd, patterns: [], ...(setup.lang ? { lang: setup.lang } : {}), ...(setup.date ? { date: setup.date } : {}) };
    const severities = setup.severities;
    lintOne = (t) => readAndLint(t.path, t.path, index, opts, severities, t.content ? Buffer.from(t.content.buffer, t.content.byteOffset, t.content.byteLength) : undefined);
}
catch (err) {
    setupError = err;
}
function reply(message) {
    port.postMessage(message);
    Atomics.add(signal, 0, 1);
    Atomics.notify(signal, 0);
}
port.on('message', (chunk) => {
    try {
        if (!lintOne)
            throw setupError ?? new Error('worker: not set up');
        reply({ id: chunk.id, outcomes: chunk.tasks.map(lintOne) });
    }
    catch (err) {
        const e = err;
        reply({ id: chunk.id, error: { name: e.name, message: e.message, stack: e.stack } });
    }
});
