/**
 * The TypeScript client held to the shared corpus: each reply fed through the brand's built client with an injected
 * fetch, which must classify every case as the PHP, Python and Go kits do.
 */

import { limits } from '@error-contract/client/codegen';
import { type ClientOptions, type IdenfyClient, RequestError } from '@error-contract/client/idenfy';
import { declaredBrands } from '@error-contract/spec/workspace';
import { describe, expect, it } from 'vitest';
import { bodyBytes, type Corpus, type CorpusCase, type Outcome } from '../codegen/corpus.ts';
import { corpora } from './support/corpus.ts';

/** Each brand's client factory, from the entry point its declaration names, as a partner imports it. */
const factories: Record<string, (options: ClientOptions) => IdenfyClient> = Object.fromEntries(
  await Promise.all(
    declaredBrands().map(async ({ id, clientModule, clientFactory }) => [
      id,
      (await import(clientModule))[clientFactory],
    ]),
  ),
);

/** Each brand's doubles (its `/testing` entry point), as a test imports them. */
type Replies = Record<string, Record<string, () => import('@error-contract/client/idenfy/testing').ErrorReply>>;
const doubles: Record<
  string,
  { replies: Replies; fetchStub: typeof import('@error-contract/client/idenfy/testing').fetchStub }
> = Object.fromEntries(
  await Promise.all(
    declaredBrands().map(async ({ id, clientModule }) => [id, await import(`${clientModule}/testing`)]),
  ),
);

/** Lone surrogates as U+FFFD (String.prototype.toWellFormed, which ES2023 typings lack). */
const wellFormed = (text: string) =>
  text.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');

/** The fields the corpus compares, absent ones as null, texts as well-formed Unicode. */
function comparable(result: Record<string, unknown>, want: Outcome): Record<string, unknown> {
  return Object.fromEntries(
    Object.keys(want).map((field) => {
      const value = result[field] ?? null;
      return [field, typeof value === 'string' ? wellFormed(value) : value];
    }),
  );
}

function factoryOf(corpus: Corpus) {
  const factory = factories[corpus.brand];
  if (!factory) throw new Error(`No client entry point for the corpus of ${corpus.brand}.`);
  return factory;
}

async function classify(corpus: Corpus, entry: CorpusCase) {
  const { apiKey, apiSecret } = corpus.credentials[entry.credentials] ?? {};
  const client = factoryOf(corpus)({
    apiKey: apiKey ?? '',
    apiSecret: apiSecret ?? '',
    maxRetries: 0,
    fetch: async () =>
      new Response(bodyBytes(entry.reply), { status: entry.reply.status, headers: entry.reply.headers }),
  });
  // createToken is never retried, and its reply is all that decides the result.
  return (await client.createToken({ clientId: 'corpus' })) as unknown as Record<string, unknown>;
}

it('has a client entry point for every corpus', () => {
  expect(corpora.map((corpus) => corpus.brand).filter((brand) => !factories[brand])).toEqual([]);
});

describe.each(corpora)('$brand corpus', (corpus) => {
  it.each(corpus.cases.map((entry) => [entry.name, entry] as const))('%s', async (_name, entry) => {
    const result = await classify(corpus, entry);
    expect(comparable(result, entry.want)).toEqual(entry.want);
    const shown = [JSON.stringify(result)];
    if (result.ok === false) shown.push(new RequestError(result as never).message);
    for (const probe of corpus.credentials[entry.credentials]?.leakProbes ?? []) {
      for (const text of shown) expect(text).not.toContain(probe);
    }
  });

  it.each(corpus.doubles.map((double) => [`${double.operation} ${double.identifier}`, double] as const))(
    "the client's double of %s classifies as its case",
    async (_name, double) => {
      const entry = corpus.cases.find((candidate) => candidate.name === double.case);
      const { replies, fetchStub } = doubles[corpus.brand] ?? {};
      const reply = replies?.[double.operation]?.[double.identifier]?.();
      expect(reply, 'the client has no such double').toBeDefined();
      expect(reply).toEqual({
        method: double.method,
        path: double.path,
        status: entry?.reply.status,
        headers: entry?.reply.headers,
        body: entry && new TextDecoder().decode(bodyBytes(entry.reply)),
      });
      const { apiKey, apiSecret } = corpus.credentials[entry?.credentials ?? ''] ?? {};
      const client = factoryOf(corpus)({
        apiKey: apiKey ?? '',
        apiSecret: apiSecret ?? '',
        maxRetries: 0,
        fetch: fetchStub?.(reply as NonNullable<typeof reply>),
      });
      const call = client[double.operation as 'createToken'] as (body: unknown) => Promise<unknown>;
      const result = (await call({})) as Record<string, unknown>;
      expect(comparable(result, entry?.want as Outcome)).toEqual(entry?.want);
    },
  );

  it('has the limits the client applies', () => {
    expect(corpus.limits).toEqual(Object.fromEntries(limits.map(({ name, value }) => [name, value])));
  });

  it.each(corpus.secretChecks.map((check) => [JSON.stringify(check.apiSecret), check] as const))(
    'accepts or refuses the API secret %s as the corpus says',
    (_name, { apiSecret, accepted }) => {
      const create = () => factoryOf(corpus)({ apiKey: 'corpus-key', apiSecret });
      if (accepted) expect(create).not.toThrow();
      else expect(create).toThrow(TypeError);
    },
  );
});
