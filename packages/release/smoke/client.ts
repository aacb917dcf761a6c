/*
 * The release's smoke program of {{clientPackage}}, installed from its packed tarball into a project of its own,
 * type-checked there as "moduleResolution": "node16" and "node" projects would, and run against the brand's packed
 * sandbox: BASE_URL=<sandbox>/{{brand}} API_KEY=… API_SECRET=… node smoke.js
 */
// readme:start
import { {clientFactory} } from '{{clientPackage}}';

const client = {{clientFactory}}({
  apiKey: process.env.API_KEY ?? '',
  apiSecret: process.env.API_SECRET ?? '',
  baseUrl: process.env.BASE_URL, // the local sandbox while you develop; unset, the {{brandName}} API
});

const result = await client.createToken({ clientId: 'user-1' });
switch (result.kind) {
  case 'success':
    console.log('verification token:', result.data.authToken);
    break;
  case 'api-error':
    // A standard API error: act on result.identifier; result.docsUrl explains it.
    console.error(result.identifier, result.message, result.docsUrl);
    break;
  default:
    // unknown-api-error, unexpected-response, transport-error: see the failure kinds below.
    console.error(result.kind);
}
// readme:end

function check(ok: boolean, line: string): void {
  console.log(`${ok ? 'ok' : 'FAILED'} client: ${line}`);
  if (!ok) process.exitCode = 1;
}

check(result.kind === 'success', `createToken with the seeded partner: ${result.kind}`);
const wrongSecret = {{clientFactory}}({ apiKey: process.env.API_KEY ?? '', apiSecret: 'not-the-secret', baseUrl: process.env.BASE_URL });
const refused = await wrongSecret.getVerificationStatus({ scanRef: 'smoke-test' });
check(
  refused.kind === 'api-error' && refused.identifier === 'UNAUTHORIZED' && refused.docsUrl.startsWith('{{homepage}}'),
  `getVerificationStatus with a wrong secret: ${refused.kind} ${refused.kind === 'api-error' ? `${refused.identifier} ${refused.docsUrl}` : ''}`,
);
