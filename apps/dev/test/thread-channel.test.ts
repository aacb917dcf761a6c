import { afterEach, expect, it } from 'vitest';
import { startThread, type ThreadChannel } from '../src/thread-channel.ts';

let thread: ThreadChannel<string, string> | undefined;
afterEach(async () => {
  await thread?.terminate();
});

const start = () => {
  thread = startThread<string, string>('../test/support/echo-thread.ts', {}, 'The echo thread');
  return thread;
};

it('answers each call with its own reply, in the order sent', async () => {
  const echo = start();
  expect(await Promise.all(['a', 'b', 'c'].map((request) => echo.call(request)))).toEqual([
    'echo a',
    'echo b',
    'echo c',
  ]);
});

it('rejects a call the thread could not answer, and answers the next', async () => {
  const echo = start();
  await expect(echo.call('fail')).rejects.toThrow('The call failed.');
  expect(await echo.call('d')).toBe('echo d');
});

it('rejects the call waiting and every later one once the thread has stopped, instead of waiting for ever', async () => {
  const echo = start();
  await expect(echo.call('exit')).rejects.toThrow('The echo thread stopped.');
  await expect(echo.call('e')).rejects.toThrow('The echo thread stopped.');
});
