/** The runtime's `Effect` type, from the spec's own list of `x-effect` values, so the client never restates it. */
import { effects } from '@error-contract/spec/bundle';
import { str } from './literal.ts';

export function renderEffectModule(): string {
  return `/** An operation's \`x-effect\`, as the spec lists them: only \`read\` operations are safe to send twice. */
export type Effect = ${effects.map(str).join(' | ')};
`;
}
