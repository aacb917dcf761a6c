import {
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { type Files, writeSite } from '../src/write-site.ts';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'write-site-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** Every file under the site, by route, with its text. */
function siteFiles(): Record<string, string> {
  return Object.fromEntries(
    readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry): [string, string] => {
        const path = join(entry.parentPath, entry.name);
        return [path.slice(dir.length + 1), readFileSync(path, 'latin1')];
      })
      .sort(([a], [b]) => a.localeCompare(b)),
  );
}

const put = (route: string, content: string) => {
  mkdirSync(join(dir, route, '..'), { recursive: true });
  writeFileSync(join(dir, route), content);
};

it("leaves the folder holding the site's files alone, whatever an earlier build left there", async () => {
  put('idenfy/index.html', 'the unchanged page');
  put('idenfy/errors.html', 'the page before the edit');
  put('idenfy/errors.html.gz', 'a twin, now without its page');
  put('idenfy/removed.html', 'a page the site no longer has');
  put('removed-brand/index.html', 'a folder the site no longer has');
  put('handbook/index.html', 'a folder where the site now has a file');
  const files: Files = new Map<string, string | Buffer>([
    ['idenfy/index.html', 'the unchanged page'],
    ['idenfy/errors.html', 'the page after the edit'],
    ['handbook', 'a file where there was a folder'],
    ['assets/logo.png', Buffer.from([0x89, 0x50, 0x4e, 0x47])],
  ]);
  const later: Files = new Map([['idenfy/errors.html', 'a later part wins its route']]);

  await writeSite(dir, [files, later], false);

  expect(siteFiles()).toEqual({
    'assets/logo.png': '\x89PNG',
    handbook: 'a file where there was a folder',
    'idenfy/errors.html': 'a later part wins its route',
    'idenfy/index.html': 'the unchanged page',
  });
});

it('does not write again a file that already holds its bytes', async () => {
  put('index.html', 'the unchanged page');
  const longAgo = new Date(0);
  utimesSync(join(dir, 'index.html'), longAgo, longAgo);

  await writeSite(dir, [new Map([['index.html', 'the unchanged page']])], false);

  expect(statSync(join(dir, 'index.html')).mtimeMs).toBe(0);
});

it("keeps each text file's twins when it compresses, and drops them when it does not", async () => {
  const files: Files = new Map([
    ['index.html', '<h1>Standard API errors</h1>'.repeat(20)],
    ['logo.png', 'not text'],
  ]);

  await writeSite(dir, [files], true);
  expect(Object.keys(siteFiles())).toEqual(['index.html', 'index.html.br', 'index.html.gz', 'logo.png']);

  await writeSite(dir, [files], false);
  expect(Object.keys(siteFiles())).toEqual(['index.html', 'logo.png']);
});
