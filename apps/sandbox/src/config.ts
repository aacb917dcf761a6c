/** The sandbox's configuration file: seeded partners, verifications and tokens, and its limits. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { type ApiCredentials, type CredentialRole, roles } from '@error-contract/spec/local-sandbox';
import { createAjv } from './json-schema.ts';

/** A partner as the sandbox seeds it; one declared by `role` has that role's seeded key and secret. */
export interface PartnerSeed extends ApiCredentials {
  role?: CredentialRole;
  contract?: { generateDigitString?: boolean };
  tokenQuota?: number | null;
}

export interface VerificationSeed {
  scanRef: string;
  apiKey: string;
  clientId: string;
  status: string;
  data?: Record<string, unknown>;
}

export interface TokenSeed {
  authToken: string;
  scanRef: string;
  expiresAt?: string;
  used?: boolean;
}

export interface SandboxConfig {
  partners: PartnerSeed[];
  verifications?: VerificationSeed[];
  tokens?: TokenSeed[];
  /** The partner for whom the spec's example scanRef and authToken are seeded (see spec-examples.ts). */
  specExamplesFor?: string;
  maxBodyBytes?: number;
  faultSwitch?: boolean;
  accessLog?: boolean;
}

/** 64 MiB: room for a Mark ID process request with four images at the spec's largest size. */
export const defaultMaxBodyBytes = 64 * 1024 * 1024;

// Both files sit in the package folder, one level above src/ and dist/ alike.
export const defaultConfigPath = fileURLToPath(new URL('../sandbox.config.json', import.meta.url));
const schemaPath = fileURLToPath(new URL('../config.schema.json', import.meta.url));

export function loadConfig(path = defaultConfigPath): SandboxConfig {
  let value: unknown;
  try {
    value = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new Error(`Cannot read the sandbox config ${path}: ${(error as Error).message}`);
  }
  return checkConfig(value, path);
}

export function checkConfig(value: unknown, source = 'the sandbox config'): SandboxConfig {
  const validate = createAjv({ allErrors: true }).compile(JSON.parse(readFileSync(schemaPath, 'utf8')));
  if (!validate(value)) {
    const problems = (validate.errors ?? []).map((error) => `${error.instancePath || '/'} ${error.message}`);
    throw new Error(`${source} is not valid: ${problems.join('; ')}.`);
  }
  const config = value as SandboxConfig;
  config.partners = config.partners.map((partner) => ({ ...partner, ...(partner.role && roles[partner.role].seeded) }));
  const partnerKeys = new Set<string>();
  for (const { apiKey } of config.partners) {
    if (partnerKeys.has(apiKey)) throw new Error(`${source}: partner "${apiKey}" is listed twice.`);
    partnerKeys.add(apiKey);
  }
  if (config.specExamplesFor !== undefined && !partnerKeys.has(config.specExamplesFor)) {
    throw new Error(`${source}: specExamplesFor names no partner "${config.specExamplesFor}".`);
  }
  const scanRefs = new Set<string>();
  for (const { scanRef, apiKey } of config.verifications ?? []) {
    if (!partnerKeys.has(apiKey)) throw new Error(`${source}: verification "${scanRef}" names no partner "${apiKey}".`);
    if (scanRefs.has(scanRef)) throw new Error(`${source}: verification "${scanRef}" is listed twice.`);
    scanRefs.add(scanRef);
  }
  const authTokens = new Set<string>();
  for (const { authToken, scanRef } of config.tokens ?? []) {
    if (!scanRefs.has(scanRef)) throw new Error(`${source}: token "${authToken}" names no verification "${scanRef}".`);
    if (authTokens.has(authToken)) throw new Error(`${source}: token "${authToken}" is listed twice.`);
    authTokens.add(authToken);
  }
  return config;
}
