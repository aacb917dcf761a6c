// The step worker's entry: worker threads do not inherit tsx's loader, so register it, then run the TypeScript worker.
import { register } from 'tsx/esm/api';

register();
await import('./step-worker-thread.ts');
