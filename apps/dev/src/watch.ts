/**
 * Watches the spec's sources and redocly.yaml with chokidar, which keeps watching a file that an editor replaces
 * (a temporary file renamed over it: `sed -i`, vim, JetBrains' safe write) and folds the temporary file's events
 * into one change. Node 20's recursive `fs.watch` on Linux stops reporting a file once it was replaced.
 * What the builds write (dist, node_modules) is not a source.
 */
import { relative, sep } from 'node:path';
import { watch } from 'chokidar';
import type { DevLayout } from './layout.ts';

const NOT_SOURCES = /^(dist|node_modules|test|test-results|\.turbo)(\/|$)|(^|\/)\.[^/]*$|~$/;

/**
 * Calls `onChange` with the absolute path of each source file added, changed or removed. Resolves once the initial
 * scan is done, so a save right after it is seen, with the function that stops watching.
 */
export async function watchSources(layout: DevLayout, onChange: (path: string) => void): Promise<() => Promise<void>> {
  const watcher = watch([layout.specDir, layout.configPath], {
    ignoreInitial: true,
    ignored: (path) => {
      const inSpec = relative(layout.specDir, path).split(sep).join('/');
      return inSpec !== '' && !inSpec.startsWith('..') && NOT_SOURCES.test(inSpec);
    },
  });
  watcher.on('all', (event, path) => {
    if (event === 'add' || event === 'change' || event === 'unlink') onChange(path);
  });
  await new Promise<void>((resolve, reject) => {
    watcher.once('ready', resolve);
    watcher.once('error', reject);
  });
  return () => watcher.close();
}
