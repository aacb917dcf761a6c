/**
 * Everything about roles and their credentials: the environment variables a user sets for each role (read by the
 * CLI, named by the Arazzo export), the sandbox's seeded partner for each role, and the masking of every secret.
 * Secrets never leave this module except into requests; every output goes through `createMasker`.
 */
import { partnersByRole } from '@error-contract/sandbox';
import { type Role, roleDescriptions } from '@error-contract/spec/reproductions';

export interface Credential {
  apiKey: string;
  apiSecret: string;
}

/** A role whose requests carry a credential. */
export type CredentialRole = Exclude<Role, 'none'>;

/** The credential of each role there is one for; a role left out was not supplied. */
export type Credentials = Partial<Record<CredentialRole, Credential>>;

/** The environment variables a role's credential is read from: `[key, secret]`. `wrongSecret` borrows `partner`'s key. */
export const credentialEnv = {
  partner: ['CONTRACT_VERIFY_API_KEY', 'CONTRACT_VERIFY_API_SECRET'],
  partnerWithoutOption: ['CONTRACT_VERIFY_WITHOUT_OPTION_API_KEY', 'CONTRACT_VERIFY_WITHOUT_OPTION_API_SECRET'],
  partnerQuotaSpent: ['CONTRACT_VERIFY_QUOTA_SPENT_API_KEY', 'CONTRACT_VERIFY_QUOTA_SPENT_API_SECRET'],
  partnerRateLimited: ['CONTRACT_VERIFY_RATE_LIMITED_API_KEY', 'CONTRACT_VERIFY_RATE_LIMITED_API_SECRET'],
} as const satisfies Record<Exclude<CredentialRole, 'wrongSecret'>, readonly [string, string]>;

/** The secret a static document (the Arazzo export) pairs with the partner's key for `wrongSecret`. */
export const documentedWrongSecret = 'wrong-secret';

/**
 * Where a role's credential comes from: the variables of its key and of its secret. `wrongSecret` has no secret
 * variable: a run makes one up (`credentialsFromEnv`), a document uses `documentedWrongSecret`.
 */
export function credentialEnvOf(role: CredentialRole): { key: string; secret?: string } {
  if (role === 'wrongSecret') return { key: credentialEnv.partner[0] };
  const [key, secret] = credentialEnv[role];
  return { key, secret };
}

/** What a cell is missing when a role has no credential: `credentials of a valid partner (KEY, SECRET)`. */
export function credentialNeed(role: CredentialRole): string {
  const owner = role === 'wrongSecret' ? 'partner' : role;
  return `credentials of ${roleDescriptions[owner]} (${credentialEnv[owner].join(', ')})`;
}

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

/** Each role's partner among the sandbox's seeded ones (the sandbox decides which plays which). */
export function sandboxCredentials(): Credentials {
  const { none: _none, ...credentials } = partnersByRole();
  if (credentials.partner) credentials.wrongSecret = wrongSecretFor(credentials.partner);
  return credentials;
}

/** The environment that gives `credentialsFromEnv` (or the Arazzo export) these credentials. */
export function envOfCredentials(credentials: Credentials): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [role, [keyName, secretName]] of Object.entries(credentialEnv)) {
    const credential = credentials[role as keyof typeof credentialEnv];
    if (credential) Object.assign(env, { [keyName]: credential.apiKey, [secretName]: credential.apiSecret });
  }
  return env;
}

/** The credential a role's request carries; undefined for `none` or a role not supplied. */
export function credentialOf(role: Role, credentials: Credentials): Credential | undefined {
  return role === 'none' ? undefined : credentials[role];
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
    const basic = basicAuthorization(credential).slice('Basic '.length);
    for (const secret of [credential.apiSecret, basic]) {
      forms.add(secret);
      forms.add(JSON.stringify(secret).slice(1, -1));
      forms.add(encodeURIComponent(secret));
    }
  }
  const ordered = [...forms].filter((form) => form.length > 0).sort((a, b) => b.length - a.length);
  return (text) => ordered.reduce((masked, form) => masked.replaceAll(form, '***'), text);
}
