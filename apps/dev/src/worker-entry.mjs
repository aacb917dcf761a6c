// The entry of the dev loop's worker threads: worker threads do not inherit tsx's loader, so register it, then run the
// TypeScript module the thread was started for (`workerData.module`, relative to this folder).
import { workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
await import(new URL(workerData.module, import.meta.url).href);
