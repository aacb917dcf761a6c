/**
 * Credentials per role: from the environment for a real server, from the sandbox's seeded partners by default.
 * Secrets never leave this module except into requests; every output goes through `createMasker`.
 */
import type { Sandbox } from '@error-contract/sandbox';
import type { Role } from '@error-contract/spec/local-sandbox';

export interface Credential {
  apiKey: string;
  apiSecret: string;
}

/** The credential of each role there is one for; `none` needs none, a role left out was not supplied. */
export type Credentials = Partial<Record<Exclude<Role, 'none'>, Credential>>;

/** The environment variables a role's credential is read from: `[key, secret]`. */
export const credentialEnv = {
  partner: ['CONTRACT_VERIFY_API_KEY', 'CONTRACT_VERIFY_API_SECRET'],
  partnerWithoutOption: ['CONTRACT_VERIFY_WITHOUT_OPTION_API_KEY', 'CONTRACT_VERIFY_WITHOUT_OPTION_API_SECRET'],
  partnerQuotaSpent: ['CONTRACT_VERIFY_QUOTA_SPENT_API_KEY', 'CONTRACT_VERIFY_QUOTA_SPENT_API_SECRET'],
  partnerRateLimited: ['CONTRACT_VERIFY_RATE_LIMITED_API_KEY', 'CONTRACT_VERIFY_RATE_LIMITED_API_SECRET'],
} as const satisfies Partial<Record<Role, readonly [string, string]>>;

/** A secret no partner has: random, so a server cannot accept it by accident. */
function wrongSecretFor(partner: Credential): Credential {
  return { apiKey: partner.apiKey, apiSecret: `wrong-secret-${crypto.randomUUID()}` };
}

export function credentialsFromEnv(env: NodeJS.ProcessEnv): Credentials {
  const credentials: Credentials = {};
  for (const [role, [keyName, secretName]] of Object.entries(credentialEnv)) {
    const apiKey = env[keyName];
    const apiSecret = env[secretName];
    if (apiKey && apiSecret) credentials[role as keyof typeof credentialEnv] = { apiKey, apiSecret };
  }
  if (credentials.partner) credentials.wrongSecret = wrongSecretFor(credentials.partner);
  return credentials;
}

/** Each role's partner among the sandbox's seeded ones, with a random wrong secret. */
export function sandboxCredentials(sandbox: Pick<Sandbox, 'credentials'>): Credentials {
  const credentials: Credentials = { ...sandbox.credentials };
  if (credentials.partner) credentials.wrongSecret = wrongSecretFor(credentials.partner);
  return credentials;
}

export function basicAuthorization({ apiKey, apiSecret }: Credential): string {
  return `Basic ${Buffer.from(`${apiKey}:${apiSecret}`).toString('base64')}`;
}

/**
 * Replaces every secret in a text with `***`: the secret itself, its Basic credential (base64 of key:secret) and
 * their JSON- and URL-encoded forms, so a server that echoes a secret cannot put it in a report.
 */
export function createMasker(credentials: Credentials): (text: string) => string {
  const forms = new Set<string>();
  for (const credential of Object.values(credentials)) {
    const basic = Buffer.from(`${credential.apiKey}:${credential.apiSecret}`).toString('base64');
    for (const secret of [credential.apiSecret, basic]) {
      forms.add(secret);
      forms.add(JSON.stringify(secret).slice(1, -1));
      forms.add(encodeURIComponent(secret));
    }
  }
  const ordered = [...forms].filter((form) => form.length > 0).sort((a, b) => b.length - a.length);
  return (text) => ordered.reduce((masked, form) => masked.replaceAll(form, '***'), text);
}

/** The credential a role's request carries; undefined for `none` or a role not supplied. */
export function credentialOf(role: Role, credentials: Credentials): Credential | undefined {
  return role === 'none' ? undefined : credentials[role];
}
