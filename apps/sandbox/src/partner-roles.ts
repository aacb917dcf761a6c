/**
 * Which seeded partner plays each credential role of the reproduction declaration (spec/reproductions), picked by
 * what the role needs of it, so the README, the contract tests and `contract:verify` name the same partners.
 */
import type { Role } from '@error-contract/spec/reproductions';
import { loadConfig, type PartnerSeed, type SandboxConfig } from './config.ts';

export interface PartnerCredential {
  apiKey: string;
  apiSecret: string;
}

/** A secret no seeded partner has, for the `wrongSecret` role. */
export const wrongSecret = 'wrong-secret';

/** Each role's credential; a role the config seeds no partner for is left out, `none` has none. */
export function partnersByRole(config: SandboxConfig = loadConfig()): Partial<Record<Role, PartnerCredential>> {
  // A limit the sandbox does not know yet (a rate limit) is read as a plain field of the seed.
  const limitOf = (seed: PartnerSeed) => (seed as PartnerSeed & { requestsPerHour?: number | null }).requestsPerHour;
  const unlimited = (seed: PartnerSeed) => seed.tokenQuota == null && limitOf(seed) == null;
  const pick = (test: (seed: PartnerSeed) => boolean) => {
    const seed = config.partners.find(test);
    return seed && { apiKey: seed.apiKey, apiSecret: seed.apiSecret };
  };
  const partner = pick((seed) => seed.contract?.generateDigitString === true && unlimited(seed));
  const roles: Partial<Record<Role, PartnerCredential>> = {
    partner,
    partnerWithoutOption: pick((seed) => seed.contract?.generateDigitString !== true && unlimited(seed)),
    partnerQuotaSpent: pick((seed) => typeof seed.tokenQuota === 'number' && limitOf(seed) == null),
    partnerRateLimited: pick((seed) => typeof limitOf(seed) === 'number' && seed.tokenQuota == null),
    wrongSecret: partner && { apiKey: partner.apiKey, apiSecret: wrongSecret },
  };
  for (const role of Object.keys(roles) as Role[]) if (!roles[role]) delete roles[role];
  return roles;
}
