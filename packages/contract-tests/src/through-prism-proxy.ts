/**
 * A trigger recipe as it has to travel through `prism proxy`. Prism parses an `application/json` body itself before
 * forwarding it: malformed JSON it answers on its own, and bytes that are not UTF-8 it decodes and re-encodes. So a
 * malformed JSON body travels as `text/plain` (the sandbox reads the body whatever its type), and a body that is not
 * UTF-8 cannot travel at all: its reply is checked against the spec by the end-to-end test only.
 */
import type { TriggerRecipe } from './trigger-recipes.ts';

export type ProxiedRecipe = { recipe: TriggerRecipe } | { skipped: string };

const isUtf8 = (bytes: Uint8Array) => {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
};

const isJson = (text: string) => {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
};

export function throughPrismProxy(recipe: TriggerRecipe): ProxiedRecipe {
  const body = recipe.rewrite?.body;
  if (body instanceof Uint8Array && !isUtf8(body)) {
    return { skipped: 'Prism re-encodes a body that is not UTF-8 before forwarding it' };
  }
  if (typeof body === 'string' && !isJson(body)) {
    const headers = { ...recipe.rewrite?.headers, 'content-type': 'text/plain' };
    return { recipe: { ...recipe, rewrite: { ...recipe.rewrite, headers } } };
  }
  return { recipe };
}
