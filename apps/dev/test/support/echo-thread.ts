/** A worker thread for thread-channel.test.ts: echoes a call, fails one named `fail`, and stops on `exit`. */
import { answerCalls } from '../../src/thread-channel.ts';

answerCalls<string, string>(async (request) => {
  if (request === 'fail') throw new Error('The call failed.');
  if (request === 'exit') process.exit(0);
  return `echo ${request}`;
});
