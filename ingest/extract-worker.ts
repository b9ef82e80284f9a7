// Entry of an extract worker thread (started by extract-pool.ts). Importing extract-file.ts
// loads compromise and registers our plugin once, for every file this worker will read.
import { parentPort } from 'node:worker_threads';
import { loadCities } from '../src/extract/lexicon/cities.js';
import { extractFile } from './extract-file.js';
import type { ExtractReply, ExtractTask } from './extract-pool.js';

const port = parentPort;
if (port === null) {
  throw new Error('ingest: extract-worker.ts runs as a worker thread of extract-pool.ts only');
}

async function answer({ index, path, maxBytes }: ExtractTask): Promise<ExtractReply> {
  try {
    return { index, outcome: await extractFile(path, maxBytes) };
  } catch (error) {
    const { message, stack } = error instanceof Error ? error : new Error(String(error));
    return { index, failure: stack === undefined ? { message } : { message, stack } };
  }
}

// One file at a time, in the order given: the pool's clock runs for the first file it has sent
// and not had back.
let done = Promise.resolve();
port.on('message', (task: ExtractTask) => {
  done = done.then(async () => port.postMessage(await answer(task)));
});
// The pool starts a file's clock once it is sent, and sends only to a ready worker: data read on
// first use is read before, not inside the first file's time limit.
loadCities();
port.postMessage({ ready: true } satisfies ExtractReply);
