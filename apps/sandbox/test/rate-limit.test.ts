import { publishedBrands } from '@error-contract/spec/brands';
import { type BrandBundle, loadBundle } from '@error-contract/spec/catalog';
import { beforeEach, describe, expect, test } from 'vitest';
import { ApiError } from '../src/api-error.ts';
import { createBrandApi } from '../src/brand-api.ts';
import { loadConfig } from '../src/config.ts';
import { defaultRequestsPerHour, RateLimit } from '../src/rate-limit.ts';
import { tooManyRequestsEntry, withErrorHeader, withIdentifier, withoutIdentifier } from './support/bundle-edits.ts';
import { jsonHeaders, partners, seededRateLimit } from './support/fixtures.ts';
import { basic, type RawReply } from './support/raw-request.ts';
import { useSandbox } from './support/sandbox.ts';

const identifier = 'TOO_MANY_REQUESTS';
const minute = 60 * 1000;
const hour = 60 * minute;
const brands = publishedBrands();

let clock = Date.parse('2030-01-01T00:00:00Z');
// Each test starts two hours after the last: every partner's window is empty again.
beforeEach(() => {
  clock += 2 * hour;
});

/** Each published brand's bundle, changed by `edit`. */
function bundles(edit: (bundle: BrandBundle) => BrandBundle): Record<string, BrandBundle> {
  return Object.fromEntries(brands.map((brand) => [brand, edit(loadBundle(brand))]));
}

const withTooManyRequests = (bundle: BrandBundle) => withIdentifier(bundle, identifier, tooManyRequestsEntry);

function bodyOf(reply: RawReply): { identifier?: string; message?: string } {
  return reply.text === '' ? {} : JSON.parse(reply.text);
}

describe.each(brands)('the %s sandbox, with TOO_MANY_REQUESTS in its catalog', (brand) => {
  const sandbox = useSandbox({ now: () => clock, bundles: bundles(withTooManyRequests) });
  const createToken = (authorization: string = partners.rateLimited, body = '{"clientId": "user-1"}') =>
    sandbox.send(brand, { path: '/api/v2/token', headers: jsonHeaders(authorization), body });

  test(`refuses the request past the seeded limit of ${seededRateLimit} with TOO_MANY_REQUESTS`, async () => {
    for (let sent = 0; sent < seededRateLimit; sent++) expect((await createToken()).status).toBe(201);
    const refused = await createToken();
    expect(refused.status).toBe(400);
    expect(bodyOf(refused)).toEqual({
      identifier,
      message: `Rate limit of ${seededRateLimit} requests per hour exceeded. Try again in 3600 seconds.`,
    });
    // The bundle's error response does not declare Retry-After, so the reply must not send it.
    expect(refused.headers['retry-after']).toBeUndefined();
  });

  test('admits a request again once the oldest one leaves the sliding hour, and refused ones do not count', async () => {
    const start = clock;
    expect((await createToken()).status).toBe(201);
    clock = start + 10 * minute;
    expect((await createToken()).status).toBe(201);
    clock = start + 59 * minute;
    expect(bodyOf(await createToken()).message).toMatch(/ Try again in 60 seconds\.$/);
    clock = start + hour;
    expect((await createToken()).status).toBe(201);
    expect(bodyOf(await createToken()).message).toMatch(/ Try again in 600 seconds\.$/);
  });

  test('counts a request that a later check refuses, and checks the credentials first', async () => {
    for (let sent = 0; sent < seededRateLimit; sent++) {
      expect(bodyOf(await createToken(partners.rateLimited, '{"clientId": ')).identifier).toBe('JSON_ERROR');
    }
    expect(bodyOf(await createToken()).identifier).toBe(identifier);
    const wrongSecret = await createToken(basic('ratelimit-key', 'wrong-secret'));
    expect(bodyOf(wrongSecret).identifier).toBe('UNAUTHORIZED');
  });

  test('limits each partner on its own, and not a partner configured without a limit', async () => {
    for (let sent = 0; sent <= seededRateLimit; sent++) await createToken();
    expect(bodyOf(await createToken()).identifier).toBe(identifier);
    for (let sent = 0; sent <= seededRateLimit + 2; sent++) {
      expect((await createToken(partners.full)).status).toBe(201);
      expect((await createToken(partners.basic)).status).toBe(201);
    }
  });
});

describe.each(brands)('the %s sandbox, with TOO_MANY_REQUESTS and a declared Retry-After', (brand) => {
  const retryAfter = { description: 'Seconds until a request is admitted again.', schema: { type: 'integer' } };
  const sandbox = useSandbox({
    now: () => clock,
    bundles: bundles((bundle) => withErrorHeader(withTooManyRequests(bundle), 'Retry-After', retryAfter)),
  });
  const createToken = () =>
    sandbox.send(brand, {
      path: '/api/v2/token',
      headers: jsonHeaders(partners.rateLimited),
      body: '{"clientId": "u"}',
    });

  test('says in Retry-After how many seconds until the window frees a slot', async () => {
    const start = clock;
    for (let sent = 0; sent < seededRateLimit; sent++) expect((await createToken()).status).toBe(201);
    expect((await createToken()).headers['retry-after']).toBe('3600');
    clock = start + 30 * minute + 500;
    expect((await createToken()).headers['retry-after']).toBe('1800');
  });
});

describe.each(brands)('the %s sandbox, without TOO_MANY_REQUESTS in its catalog', (brand) => {
  const sandbox = useSandbox({
    now: () => clock,
    bundles: bundles((bundle) => withoutIdentifier(bundle, identifier)),
  });

  test('does not enforce the rate limit, which that API had no error for', async () => {
    for (let sent = 0; sent < seededRateLimit + 3; sent++) {
      const reply = await sandbox.send(brand, {
        path: '/api/v2/token',
        headers: jsonHeaders(partners.rateLimited),
        body: '{"clientId": "user-1"}',
      });
      expect(reply.status).toBe(201);
    }
  });

  test('builds no rate limit for it', () => {
    const api = createBrandApi(brand, withoutIdentifier(loadBundle(brand), identifier), loadConfig());
    expect(api.rateLimit).toBeUndefined();
    expect(api.identifierOf.rateLimited).toBeUndefined();
  });
});

test(`limits a partner without a configured limit to the real API's ${defaultRequestsPerHour} requests per hour`, () => {
  const limit = new RateLimit([{ apiKey: 'k', apiSecret: 's' }]);
  for (let sent = 0; sent < defaultRequestsPerHour; sent++) limit.admit('k', clock + sent);
  let refusal: unknown;
  try {
    limit.admit('k', clock + defaultRequestsPerHour);
  } catch (error) {
    refusal = error;
  }
  expect(refusal).toBeInstanceOf(ApiError);
  expect(refusal).toMatchObject({
    trigger: 'rateLimited',
    message: /^Rate limit of 10000 requests per hour exceeded\./,
  });
});

test('leaves a partner configured with a null limit unlimited', () => {
  const limit = new RateLimit([{ apiKey: 'k', apiSecret: 's', requestsPerHour: null }]);
  for (let sent = 0; sent < defaultRequestsPerHour + 10; sent++) limit.admit('k', clock);
});
