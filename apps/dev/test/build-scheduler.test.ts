import { describe, expect, test } from 'vitest';
import { createBuildScheduler } from '../src/build-scheduler.ts';

const tick = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A build that records what it was given and how many builds ran at once, and takes `ms`. */
function recordingBuild(ms: number) {
  const builds: string[][] = [];
  let running = 0;
  let mostAtOnce = 0;
  const build = async (changed: ReadonlySet<string>) => {
    running += 1;
    mostAtOnce = Math.max(mostAtOnce, running);
    builds.push([...changed].sort());
    await tick(ms);
    running -= 1;
  };
  return { build, builds, mostAtOnce: () => mostAtOnce };
}

describe('the build scheduler', () => {
  test('builds once for a burst of saves, after they stop', async () => {
    const { build, builds } = recordingBuild(5);
    const scheduler = createBuildScheduler(build, 30);
    for (const path of ['a.yaml', 'b.yaml', 'a.yaml']) {
      scheduler.notify(path);
      await tick(5);
    }
    expect(builds).toEqual([]);
    await scheduler.idle();
    expect(builds).toEqual([['a.yaml', 'b.yaml']]);
  });

  test('folds the saves made during a build into exactly one more build, never two at once', async () => {
    const { build, builds, mostAtOnce } = recordingBuild(80);
    const scheduler = createBuildScheduler(build, 5);
    scheduler.notify('first.yaml');
    await tick(20);
    for (const path of ['second.yaml', 'third.yaml']) {
      scheduler.notify(path);
      await tick(15);
    }
    await scheduler.idle();
    expect(builds).toEqual([['first.yaml'], ['second.yaml', 'third.yaml']]);
    expect(mostAtOnce()).toBe(1);
  });

  test('keeps building after a build fails', async () => {
    const builds: string[] = [];
    const scheduler = createBuildScheduler(async (changed) => {
      builds.push(...changed);
      if (changed.has('broken.yaml')) throw new Error('lint failed');
    }, 5);
    scheduler.notify('broken.yaml');
    await scheduler.idle();
    scheduler.notify('fixed.yaml');
    await scheduler.idle();
    expect(builds).toEqual(['broken.yaml', 'fixed.yaml']);
  });

  test('drops the waiting build when closed', async () => {
    const { build, builds } = recordingBuild(5);
    const scheduler = createBuildScheduler(build, 50);
    scheduler.notify('a.yaml');
    await scheduler.close();
    await tick(80);
    expect(builds).toEqual([]);
  });
});
