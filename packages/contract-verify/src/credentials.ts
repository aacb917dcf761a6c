/**
 * Everything about roles and their credentials: the environment variables a user sets for each role (read by the
 * CLI, named by the Arazzo export), the sandbox's seeded partner for each role, and the masking of every secret.
 * Secrets never leave this module except into requests; every output goes through `createMasker`.
 */
import type { Sandbox } from '@error-contract/sandbox';
import {
  type ApiCredentials,
  type CredentialRole,
  type Role,
  roles,
  suppliedRoles,
} from '@error-contract/spec/local-sandbox';

/** The credential of each role there is one for; a role left out was not supplied. */
export type Credentials = Partial<Record<CredentialRole, ApiCredentials>>;

/** The secret a static document (the Arazzo export) pairs with the partner's key for `wrongSecret`. */
export const documentedWrongSecret = roles.wrongSecret.seeded.apiSecret;

/**
 * Where a role's credential comes from: the variables of its key and of its secret. `wrongSecret` has no secret
 * variable: a run makes one up (`credentialsFromEnv`), a document uses `documentedWrongSecret`.
 */
export function credentialEnvOf(role: CredentialRole): { key: string; secret?: string } {
  if (role === 'wrongSecret') return { key: roles.partner.env.apiKey };
  const { apiKey, apiSecret } = roles[role].env;
  return { key: apiKey, secret: apiSecret };
}

/** The role whose supplied credentials give this role's: `wrongSecret` is the partner's key with a made-up secret. */
export function credentialOwner(role: CredentialRole): Exclude<CredentialRole, 'wrongSecret'> {
  return role === 'wrongSecret' ? 'partner' : role;
}

/** What a cell is missing when a role has no credential: `credentials of a valid partner (KEY, SECRET)`. */
export function credentialNeed(role: CredentialRole): string {
  const owner = credentialOwner(role);
  const { apiKey, apiSecret } = roles[owner].env;
  return `credentials of ${roles[owner].description} (${apiKey}, ${apiSecret})`;
}

/** A secret no partner has: random, so a server cannot accept it by accident. */
function wrongSecretFor(partner: ApiCredentials): ApiCredentials {
  return { apiKey: partner.apiKey, apiSecret: `wrong-secret-${crypto.randomUUID()}` };
}

export function credentialsFromEnv(env: NodeJS.ProcessEnv): Credentials {
  const credentials: Credentials = {};
  for (const { role, env: names } of suppliedRoles) {
    const apiKey = env[names.apiKey];
    const apiSecret = env[names.apiSecret];
    if (apiKey && apiSecret) credentials[role] = { apiKey, apiSecret };
  }
  if (credentials.partner) credentials.wrongSecret = wrongSecretFor(credentials.partner);
  return credentials;
}

/** Each role's partner among the ones the sandbox seeds, with a random wrong secret. */
export function sandboxCredentials(sandbox: Pick<Sandbox, 'credentials'>): Credentials {
  const credentials: Credentials = { ...sandbox.credentials };
  if (credentials.partner) credentials.wrongSecret = wrongSecretFor(credentials.partner);
  return credentials;
}

/** The environment that gives `credentialsFromEnv` (or the Arazzo export) these credentials. */
export function envOfCredentials(credentials: Credentials): Record<string, string> {
  const env: Record<string, string> = {};
  for (const { role, env: names } of suppliedRoles) {
    const credential = credentials[role];
    if (credential) Object.assign(env, { [names.apiKey]: credential.apiKey, [names.apiSecret]: credential.apiSecret });
  }
  return env;
}

/** The credential a role's request carries; undefined for `none` or a role not supplied. */
export function credentialOf(role: Role, credentials: Credentials): ApiCredentials | undefined {
  return role === 'none' ? undefined : credentials[role];
}

export function basicAuthorization({ apiKey, apiSecret }: ApiCredentials): string {
  return `Basic ${Buffer.from(`${apiKey}:${apiSecret}`).toString('base64')}`;
}

/**
 * Replaces every secret in a text with `***`, by the client's rule and with its code: each credential's secret, its
 * Basic value in UTF-8 and Latin-1 and the base64 of the secret alone, as they are, JSON-escaped (once or more) or
 * percent-encoded, so that a server that echoes a secret cannot put it in a report. Throws, naming the rule, for a
 * secret too short to mask.
 */
export async function createMasker(credentials: Credentials): Promise<(text: string) => string> {
  // Loaded by a run alone: what only describes the runs (the Arazzo export the docs build writes) needs no client.
  const { basicAuthSecrets, createMasker: maskerOf } = await import('@error-contract/client/masking');
  return maskerOf(Object.values(credentials).flatMap(({ apiKey, apiSecret }) => basicAuthSecrets(apiKey, apiSecret)));
}
