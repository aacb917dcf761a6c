import { afterEach, describe, expect, it, vi } from 'vitest';
import { isBrowserLike } from '../src/client.ts';
import { createIdenfyClient } from '../src/generated/idenfy/index.ts';
import { createMarkIdClient } from '../src/generated/markid/index.ts';
import { TEST_KEY, TEST_SECRET } from './support/brands.ts';
import { stubFetch } from './support/stub-fetch.ts';

const scopes: Array<[string, { given: object; want: boolean }]> = [
  ['a browser page', { given: { window: { document: {} } }, want: true }],
  ['a web worker', { given: { importScripts: () => {} }, want: true }],
  ['Node', { given: { process: {}, navigator: { userAgent: 'Node.js/20' } }, want: false }],
  ['a runtime that defines window without a document', { given: { window: {} }, want: false }],
];

describe('browser detection', () => {
  it.each(scopes)('takes %s for a browser: %s', (_name, { given, want }) => {
    expect(isBrowserLike(given)).toBe(want);
  });

  it('does not take this test process for a browser', () => {
    expect(isBrowserLike()).toBe(false);
  });
});

describe.each([
  ['createIdenfyClient', createIdenfyClient],
  ['createMarkIdClient', createMarkIdClient],
] as const)('%s in a browser', (name, create) => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  const options = { apiKey: TEST_KEY, apiSecret: TEST_SECRET, fetch: stubFetch({ status: 200 }) };

  it('refuses to start, naming the way out', () => {
    vi.stubGlobal('window', { document: {} });
    expect(() => create(options)).toThrow(`${name}() refuses to run in a browser`);
    expect(() => create(options)).toThrow('dangerouslyAllowBrowser: true overrides');
  });

  it('starts when dangerouslyAllowBrowser is true', () => {
    vi.stubGlobal('window', { document: {} });
    expect(() => create({ ...options, dangerouslyAllowBrowser: true })).not.toThrow();
  });
});
