/** Watches the spec's sources and redocly.yaml; what the builds write (dist, node_modules) is not a source. */
import { type FSWatcher, watch } from 'node:fs';
import { join } from 'node:path';
import type { DevLayout } from './layout.ts';

const NOT_SOURCES = /^(dist|node_modules|test|test-results|\.turbo)(\/|$)|(^|\/)\.[^/]*$|~$/;

/** Calls `onChange` with the absolute path of each changed source file until closed. */
export function watchSources(layout: DevLayout, onChange: (path: string) => void): () => void {
  const watchers: FSWatcher[] = [
    watch(layout.specDir, { recursive: true }, (_event, filename) => {
      const path = filename?.toString().replaceAll('\\', '/');
      if (path && !NOT_SOURCES.test(path)) onChange(join(layout.specDir, path));
    }),
    // The folder, not the file: editors that save by renaming would leave a watcher on the file watching nothing.
    watch(layout.root, (_event, filename) => {
      if (filename?.toString() === 'redocly.yaml') onChange(layout.configPath);
    }),
  ];
  return () => {
    for (const watcher of watchers) watcher.close();
  };
}
