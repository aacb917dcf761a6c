import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { buildSite } from '@error-contract/docs/build-site';
import { expect, test } from 'vitest';
import { readTree } from '../src/files.ts';
import { CLIENT_SCRIPT_ROUTE, clientScript, EVENTS_ROUTE, injectLiveReload, OVERLAY_ID } from '../src/live-reload.ts';

const traces = [CLIENT_SCRIPT_ROUTE, EVENTS_ROUTE, OVERLAY_ID, clientScript.split('\n')[0] ?? clientScript];

test('the live-reload script is detectable once injected', () => {
  const injected = injectLiveReload('<html><head></head><body></body></html>');
  expect(traces.filter((trace) => injected.includes(trace))).not.toEqual([]);
});

test('a production build of the site has no trace of the live-reload channel, precompressed twins included', async () => {
  const outDir = mkdtempSync(join(tmpdir(), 'dev-production-site-'));
  try {
    await buildSite({ outDir });
    const files = readTree(outDir);
    expect([...files.keys()].some((path) => path.endsWith('.gz'))).toBe(true);
    const found = [...files].flatMap(([path, bytes]) => {
      const text = (path.endsWith('.gz') ? gunzipSync(bytes) : bytes).toString('utf8');
      return traces.filter((trace) => text.includes(trace)).map((trace) => `${path}: ${trace}`);
    });
    expect(found).toEqual([]);
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
});
