/** `pnpm check:package`: publint and attw on the packed package (run `pnpm build` first). */
import { attwProblems, publintMessages } from './package-checks.ts';

const messages = await publintMessages();
for (const message of messages) console.error(`publint ${message}`);
const attw = attwProblems();
if (attw) console.error(attw);
console.log(messages.length === 0 && !attw ? 'publint and attw: no problems.' : 'The package has problems.');
process.exitCode = messages.length === 0 && !attw ? 0 : 1;
