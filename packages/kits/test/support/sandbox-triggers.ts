/**
 * One real request per identifier per brand, as raw HTTP a kit's example sends to the sandbox. Taken from the
 * contract tests' trigger recipes for now; a spec-level reproduction declaration is meant to replace this module,
 * which is the only place that knows where triggers come from.
 */
import { triggerRecipes } from '@error-contract/contract-tests/src/trigger-recipes.ts';
import { type BrandBundle, operationById } from '@error-contract/spec/bundle';
import { catalogOf } from '@error-contract/spec/catalog';

export interface RawRequest {
  method: string;
  /** Under the sandbox origin: `/<brand>/api/v2/…`. */
  path: string;
  headers: Record<string, string>;
  /** Base64 of the body bytes ('' for none). */
  body: string;
}

export interface Trigger {
  brand: string;
  identifier: string;
  /** What the trigger is, for messages. */
  trigger: string;
  apiKey: string;
  apiSecret: string;
  /** Requests the same partner sends first (e.g. spending its token quota); their replies do not matter. */
  before: RawRequest[];
  request: RawRequest;
}

const defaultPartner = { apiKey: 'sandbox-key', apiSecret: 'sandbox-secret' };

function rawRequest(
  brand: string,
  bundle: BrandBundle,
  operationId: string,
  partner: { apiKey: string; apiSecret: string },
  body: unknown,
  rewrite: { method?: string; body?: string | Uint8Array | null; headers?: Readonly<Record<string, string>> } = {},
): RawRequest {
  const bytes =
    rewrite.body === undefined
      ? Buffer.from(JSON.stringify(body))
      : rewrite.body === null
        ? Buffer.alloc(0)
        : Buffer.from(rewrite.body);
  return {
    method: rewrite.method ?? 'POST',
    path: `/${brand}${operationById(bundle, operationId).path}`,
    headers: {
      Authorization: `Basic ${Buffer.from(`${partner.apiKey}:${partner.apiSecret}`).toString('base64')}`,
      ...(bytes.length > 0 ? { 'Content-Type': 'application/json' } : {}),
      ...rewrite.headers,
    },
    body: bytes.toString('base64'),
  };
}

/** A trigger per identifier of the brand's catalog; an identifier without a recipe is an error. */
export async function triggersFor(brand: string, bundle: BrandBundle): Promise<Trigger[]> {
  const triggers: Trigger[] = [];
  for (const { identifier } of catalogOf(bundle)) {
    const recipe = triggerRecipes[identifier];
    if (!recipe) throw new Error(`${brand}: no trigger recipe for ${identifier}.`);
    const partner = recipe.partner ?? defaultPartner;
    const before: RawRequest[] = [];
    // The recipe's first calls, recorded instead of sent: each becomes a raw request of the same partner.
    const recorder = new Proxy(
      {},
      {
        get: (_target, operationId) => async (body: unknown) => {
          before.push(rawRequest(brand, bundle, String(operationId), partner, body));
          return { ok: true, kind: 'success' };
        },
      },
    );
    await recipe.before?.(recorder as Parameters<NonNullable<typeof recipe.before>>[0]);
    triggers.push({
      brand,
      identifier,
      trigger: recipe.trigger,
      ...partner,
      before,
      request: rawRequest(brand, bundle, recipe.operationId, partner, recipe.body, recipe.rewrite),
    });
  }
  return triggers;
}
