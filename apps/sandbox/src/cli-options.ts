/** The command line of `pnpm start`: flags first, then SANDBOX_* environment variables, then defaults. */
import { parseArgs } from 'node:util';
import { localHost, localPorts } from '@error-contract/spec/local-sandbox';
import { publishedBrands } from '@error-contract/spec/workspace';

export interface CliOptions {
  /** The brands to serve; every published brand when absent. */
  brands?: string[];
  port?: number;
  host?: string;
  configPath?: string;
  maxBodyBytes?: number;
  accessLog?: boolean;
  help: boolean;
}

export const usage = `Usage: error-contract-sandbox [options]

  --brand <id>          serve only this brand (repeatable; env SANDBOX_BRAND, comma-separated;
                        default every brand: ${publishedBrands().join(', ')})
  --port <n>            port to listen on (env SANDBOX_PORT, default ${localPorts.sandbox}; 0 picks a free one)
  --host <address>      address to listen on (env SANDBOX_HOST, default ${localHost})
  --config <file>       seed file of partners, tokens and verifications (env SANDBOX_CONFIG,
                        default the package's sandbox.config.json)
  --max-body-bytes <n>  largest request body accepted (env SANDBOX_MAX_BODY_BYTES, default 64 MiB)
  --access-log          print method, path, status and identifier of each request (env SANDBOX_ACCESS_LOG=1)
  --help                show this text`;

export function parseCliOptions(argv: string[], env: NodeJS.ProcessEnv): CliOptions {
  const { values } = parseArgs({
    args: argv,
    options: {
      brand: { type: 'string', multiple: true },
      port: { type: 'string' },
      host: { type: 'string' },
      config: { type: 'string' },
      'max-body-bytes': { type: 'string' },
      'access-log': { type: 'boolean' },
      help: { type: 'boolean' },
    },
    strict: true,
  });
  const accessLog = values['access-log'] ?? (env.SANDBOX_ACCESS_LOG ? env.SANDBOX_ACCESS_LOG !== '0' : undefined);
  return {
    brands: brandsOf(values.brand ?? env.SANDBOX_BRAND?.split(',')),
    port: integer('port', values.port ?? env.SANDBOX_PORT),
    host: values.host ?? env.SANDBOX_HOST,
    configPath: values.config ?? env.SANDBOX_CONFIG,
    maxBodyBytes: integer('max-body-bytes', values['max-body-bytes'] ?? env.SANDBOX_MAX_BODY_BYTES),
    accessLog,
    help: values.help ?? false,
  };
}

/** The brands asked for, each a published one; undefined when none is named. */
function brandsOf(names: string[] | undefined): string[] | undefined {
  const brands = names?.map((name) => name.trim()).filter(Boolean);
  if (!brands || brands.length === 0) return undefined;
  const unknown = brands.filter((brand) => !publishedBrands().includes(brand));
  if (unknown.length > 0) {
    throw new Error(`Unknown brand ${unknown.join(', ')}; the brands are ${publishedBrands().join(', ')}.`);
  }
  return [...new Set(brands)];
}

function integer(name: string, text: string | undefined): number | undefined {
  if (text === undefined || text === '') return undefined;
  const value = Number(text);
  if (!Number.isInteger(value) || value < 0) throw new Error(`--${name} must be a whole number, not "${text}".`);
  return value;
}
