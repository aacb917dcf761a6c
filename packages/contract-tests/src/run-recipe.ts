/** Sends one trigger recipe through the brand's generated client and keeps what came back. */
import type { Result } from '@error-contract/client/idenfy';
import { brandClient } from './brand-clients.ts';
import { partners } from './partners.ts';
import { type RawReply, type RecordingOptions, recordingFetch } from './recording-fetch.ts';
import type { TriggerRecipe } from './trigger-recipes.ts';

export interface RecipeRun {
  result: Result<unknown, string>;
  /** The raw reply of the recipe's own request. */
  reply: RawReply | undefined;
}

export interface RecipeTarget {
  brand: string;
  /** Where the brand's API is served: the sandbox's brand URL, or a proxy in front of it. */
  baseUrl: string;
  rewriteReply?: RecordingOptions['rewriteReply'];
}

export async function runRecipe(recipe: TriggerRecipe, target: RecipeTarget): Promise<RecipeRun> {
  const { create } = brandClient(target.brand);
  const partner = recipe.partner ?? partners.full;
  const options = { ...partner, baseUrl: target.baseUrl, maxRetries: 0 };
  if (recipe.before) await recipe.before(create(options));
  const recording = recordingFetch({ rewrite: recipe.rewrite, rewriteReply: target.rewriteReply });
  const method = create({ ...options, fetch: recording.fetch })[recipe.operationId];
  if (!method) throw new Error(`${target.brand}: the client has no method ${recipe.operationId}.`);
  const result = await method(recipe.body);
  return { result, reply: recording.replies.at(-1) };
}
