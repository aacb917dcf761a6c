/**
 * Every way an editor saves reaches the served page: the saves run in this order on one dev loop, because a watcher
 * that loses track of a file after it is replaced misses every save after it.
 */
import { errorsRoute, handbookRoute } from '@error-contract/docs/site-layout';
import { publishedBrands } from '@error-contract/spec/workspace';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type DevLoop, startDevLoop } from '../src/dev-loop.ts';
import { EVENTS_ROUTE } from '../src/live-reload.ts';
import { type EventReader, readEvents } from './support/events.ts';
import { CATALOG_FILE, plainExplanation } from './support/explanation.ts';
import { servedWith } from './support/served.ts';
import { copySpec, type SpecCopy } from './support/spec-copy.ts';

/** How long a save may take to show: a rebuild takes seconds; a lost save never shows. */
const BOUND_MS = 60_000;
const [brand = 'idenfy'] = publishedBrands();
/** An identifier's reproductions, moved to a file that does not exist until the new-file save creates it. */
const REPRODUCTIONS_REF = '$ref: ../../reproductions/BAD_VALUE.yaml';
const NEW_FILE = 'reproductions/BAD_VALUE-new.yaml';
let copy: SpecCopy;
let loop: DevLoop;
let events: EventReader;
let explanation: string;

beforeAll(async () => {
  copy = copySpec();
  loop = await startDevLoop({ root: copy.root, docsPort: 0, sandboxPort: 0, debounceMs: 50 });
  events = await readEvents(new URL(EVENTS_ROUTE.slice(1), loop.docsUrl).href);
  ({ explanation } = plainExplanation(copy.root, brand));
});

afterAll(async () => {
  events?.close();
  await loop?.close();
  copy?.discard();
});

const edited = (how: string) => `${explanation.slice(0, -1)}, saved ${how}.`;
const showsOnErrorsPage = (text: string) =>
  expect(servedWith(loop.docsUrl, [errorsRoute(brand)], text, { timeoutMs: BOUND_MS })).resolves.toBeTypeOf('number');

describe('pnpm dev sees each save, in this order', () => {
  test('a save that replaces the file (write a temporary file, rename it over)', async () => {
    copy.replace(
      CATALOG_FILE,
      `explanation: ${explanation}\n`,
      `explanation: ${edited('by replacing')}\n`,
      'by replacing',
    );
    await showsOnErrorsPage(edited('by replacing'));
  });

  test('then a save in place', async () => {
    copy.replace(CATALOG_FILE, `explanation: ${edited('by replacing')}\n`, `explanation: ${edited('in place')}\n`);
    await showsOnErrorsPage(edited('in place'));
  });

  test('then a new file', async () => {
    const missing = events.next((event) => event.type === 'build-error', BOUND_MS);
    copy.replace(CATALOG_FILE, REPRODUCTIONS_REF, `$ref: ../../${NEW_FILE}`);
    await missing;
    const summary = 'A country that is not an ISO 3166-1 alpha-2 code, from a new file.';
    const source = copy.read('reproductions/BAD_VALUE.yaml');
    copy.create(NEW_FILE, source.replace(/^- summary: .*$/m, `- summary: ${summary}`));
    await expect(
      servedWith(loop.docsUrl, [handbookRoute(brand)], summary, { timeoutMs: BOUND_MS }),
    ).resolves.toBeTypeOf('number');
  });

  test('then a deleted file', async () => {
    const overlay = events.next((event) => event.type === 'build-error', BOUND_MS);
    copy.remove(NEW_FILE);
    const { data } = await overlay;
    expect(JSON.stringify(data)).toContain('BAD_VALUE-new.yaml');
  });
});
