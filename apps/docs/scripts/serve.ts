/**
 * `pnpm start` in apps/docs: serves the combined site (every brand, each under /<brand>/) on 127.0.0.1 until stopped,
 * on DOCS_PORT (default 4000). DOCS_BRAND=<id> serves that brand's own site instead, as the brand deploys it.
 */
import { localPorts } from '@error-contract/spec/local-sandbox';
import { brandSiteDir, siteDir } from '../src/site-layout.ts';
import { startSiteServer } from '../src/site-server.ts';

const brand = process.env.DOCS_BRAND;
const server = await startSiteServer({
  dir: brand ? brandSiteDir(brand) : siteDir,
  port: Number(process.env.DOCS_PORT ?? localPorts.docs),
});
console.log(`Docs${brand ? ` (${brand}'s own site)` : ''}: ${server.url}`);
for (const signal of ['SIGINT', 'SIGTERM'] as const)
  process.once(signal, () => void server.close().then(() => process.exit(0)));
