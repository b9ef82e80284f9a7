// Entry of an extract worker thread (started by extract-pool.ts). Importing extract-files.ts
// loads compromise and registers our plugin once, for every file this worker will read.
import { parentPort } from 'node:worker_threads';
import { extractFile } from './extract-files.js';
import type { ExtractReply, ExtractTask } from './extract-pool.js';

const port = parentPort;
if (port === null) {
  throw new Error('ingest: extract-worker.ts runs as a worker thread of extract-pool.ts only');
}

port.on('message', async ({ index, path, maxBytes }: ExtractTask) => {
  let reply: ExtractReply;
  try {
    reply = { index, outcome: await extractFile(path, maxBytes) };
  } catch (error) {
    const { message, stack } = error instanceof Error ? error : new Error(String(error));
    reply = { index, failure: stack === undefined ? { message } : { message, stack } };
  }
  port.postMessage(reply);
});
