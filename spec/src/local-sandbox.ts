/**
 * The local sandbox as every package that talks to it knows it: where `pnpm start` serves the sandbox and the docs,
 * and the partner roles a reproduction (`spec/reproductions/`) sends requests as — what each role means, the
 * environment variables `contract:verify` reads its credentials from on a real server, and the sandbox's seeded test
 * partner that plays it. The seeded keys are public test values: the sandbox seeds them, the docs show them.
 */

export const localHost = '127.0.0.1';
/** The ports `pnpm start` and `pnpm dev` serve on. */
export const localPorts = { docs: 4000, sandbox: 4010 } as const;

/** Whose credentials a request carries. */
export type Role =
  | 'partner'
  | 'partnerWithoutOption'
  | 'partnerQuotaSpent'
  | 'partnerRateLimited'
  | 'wrongSecret'
  | 'none';

/** A partner's API key pair, sent as HTTP Basic authentication (key as user name, secret as password). */
export interface ApiCredentials {
  apiKey: string;
  apiSecret: string;
}

/** A role that carries credentials. */
export type CredentialRole = Exclude<Role, 'none'>;

export interface RoleFacts {
  description: string;
  /**
   * The environment variables `contract:verify` reads the role's credentials from, against a real server; absent
   * for `wrongSecret`, which verify derives from `partner` with a random secret.
   */
  env?: { apiKey: string; apiSecret: string };
  /** The sandbox's seeded partner that plays the role; absent for `none`. */
  seeded?: ApiCredentials;
}

/**
 * A role played by a partner: what it means, the suffix of its verify variables (`CONTRACT_VERIFY<suffix>_API_KEY`,
 * `…_API_SECRET`), and the stem of the sandbox's test key pair for it (`<stem>-key`, `<stem>-secret`).
 */
function partnerRole(description: string, envSuffix: string, keyStem: string) {
  return {
    description,
    env: { apiKey: `CONTRACT_VERIFY${envSuffix}_API_KEY`, apiSecret: `CONTRACT_VERIFY${envSuffix}_API_SECRET` },
    seeded: { apiKey: `${keyStem}-key`, apiSecret: `${keyStem}-secret` },
  };
}

const partner = partnerRole('a valid partner', '', 'sandbox');

export const roles = {
  partner,
  partnerWithoutOption: partnerRole('a partner whose contract lacks the option', '_WITHOUT_OPTION', 'basic'),
  partnerQuotaSpent: partnerRole('a partner whose token quota is spent', '_QUOTA_SPENT', 'quota'),
  partnerRateLimited: partnerRole('a partner whose hourly request limit is spent', '_RATE_LIMITED', 'ratelimit'),
  // A secret no seeded partner has, with the partner's key.
  wrongSecret: {
    description: 'a valid API key with a wrong secret',
    seeded: { ...partner.seeded, apiSecret: 'wrong-secret' },
  },
  none: { description: 'no credentials' },
} as const satisfies Readonly<Record<Role, RoleFacts>>;

export const roleNames = Object.keys(roles) as Role[];

/** The roles whose credentials a user supplies to `contract:verify`, with the environment variables it reads. */
export const suppliedRoles: ReadonlyArray<{ role: CredentialRole; env: { apiKey: string; apiSecret: string } }> =
  roleNames.flatMap((role) => {
    const facts: RoleFacts = roles[role];
    return facts.env && role !== 'none' ? [{ role, env: facts.env }] : [];
  });

/** The seeded test partner of a role, for requests to the local sandbox; undefined for `none`. */
export function seededCredentials(role: Role): ApiCredentials | undefined {
  const facts: RoleFacts = roles[role];
  return facts.seeded;
}
