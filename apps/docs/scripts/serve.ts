/** `pnpm start` in apps/docs: serves the built site on 127.0.0.1 (port from DOCS_PORT, default 4000) until stopped. */
import { localPorts } from '@error-contract/spec/local-sandbox';
import { startSiteServer } from '../src/site-server.ts';

const server = await startSiteServer({ port: Number(process.env.DOCS_PORT ?? localPorts.docs) });
console.log(`Docs: ${server.url}`);
for (const signal of ['SIGINT', 'SIGTERM'] as const)
  process.once(signal, () => void server.close().then(() => process.exit(0)));
