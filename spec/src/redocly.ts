/**
 * Redocly, the one engine of the spec's lint, bundles and reference pages, at the release pnpm-workspace.yaml pins
 * (`@redocly/cli` and the `@redocly/openapi-core` it is built from, the same version):
 * - lint and bundle run in this process on `@redocly/openapi-core`, with each configuration (and its plugin) loaded
 *   once, each source file parsed once for as long as its text stays the same, and each example rule's JSON Schema
 *   validator compiled once for as long as its schema (with every schema it refers to) stays the same, so a
 *   long-lived process such as `pnpm dev` keeps all of it warm and lint and bundle share one parse;
 * - `build-docs` has no API in core: the CLI's own command renders the page, loaded once in a worker thread;
 * - `runRedocly` runs the CLI as a process, for what only the CLI does and for the tests that prove both ways give the
 *   same bytes.
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { BaseResolver, Config, Document, NormalizedProblem, Source } from '@redocly/openapi-core';
import { repoDir } from './workspace.ts';

const require = createRequire(import.meta.url);
const redoclyBin = require.resolve('@redocly/cli/bin/cli.js');
const cliLibDir = join(dirname(redoclyBin), '..', 'lib');

/** The Redoc script that `build-docs --inlineBundle` would embed, shipped inside the CLI package. */
export const redocStandalonePath = join(cliLibDir, 'chunks', 'redoc.standalone.js');

/** One problem Redocly reports: where (file, line, column, JSON pointer), which rule, and what. */
export interface LintProblem {
  /** Relative to the workspace, as the CLI names it when run there. */
  file: string;
  line: number;
  col: number;
  pointer: string;
  rule: string;
  severity: 'error' | 'warn';
  message: string;
}

export function formatProblem({ file, line, col, severity, rule, message, pointer }: LintProblem): string {
  return `${file}:${line}:${col} ${severity} ${rule} ${message} (${pointer})`;
}

type Core = typeof import('@redocly/openapi-core');

/** A source file's text and its parse, kept while the file keeps that text. */
interface ParsedSource {
  source: Source;
  isRoot: boolean;
  parsed: unknown;
}
const parsedSources = new Map<string, ParsedSource>();

interface Engine {
  core: Core;
  /** A resolver for one lint or bundle; every resolver shares the parses of `parsedSources`. */
  resolver(config: Config): BaseResolver;
}

let engineLoad: Promise<Engine> | undefined;

/** The arguments of core's `AjvValidator.getValidator` (`lib/rules/ajv.js`), which every example rule calls. */
type GetValidator = (
  schema: unknown,
  loc: SchemaLocation,
  resolve: (node: unknown, from: string) => { location?: SchemaLocation; node: unknown },
  allowAdditionalProperties: boolean,
  dialect: string,
) => unknown;
type SchemaLocation = { absolutePointer: string; source: Source };

/** Validators compiled by the example rules, by everything their code follows from; the last lint's and this one's. */
const validators = { current: new Map<string, unknown>(), previous: new Map<string, unknown>() };
/** A number per source text: the resolver hands out the same `Source` for as long as a file keeps its text. */
const sourceIds = new WeakMap<Source, number>();
let lastSourceId = 0;
const sourceId = (source: Source) => {
  if (!sourceIds.has(source)) sourceIds.set(source, ++lastSourceId);
  return sourceIds.get(source);
};
const NAMING_KEYWORDS = /^\$(id|anchor|dynamicRef|dynamicAnchor|recursiveRef|recursiveAnchor)$/;

/**
 * What a validator compiled by core follows from: its dialect, the rule's `allowAdditionalProperties` (one value for
 * all of a rule's calls), the schema, its location (its `$id`) and its file's text, and the location and file's
 * text of each schema it refers to, transitively. Undefined, so compiled as core would, when a reference does not
 * resolve or a keyword other than `$ref` names a schema (`$id`, `$anchor`, `$dynamicRef`…), whose meaning depends on
 * what core compiled before it.
 */
function validatorKey(...[schema, loc, resolve, allowAdditionalProperties, dialect]: Parameters<GetValidator>) {
  const parts: unknown[] = [dialect, allowAdditionalProperties, loc.absolutePointer, sourceId(loc.source), schema];
  const seen = new Set<string>();
  const follow = (node: unknown, base: string): boolean => {
    if (Array.isArray(node)) return node.every((item) => follow(item, base));
    if (typeof node !== 'object' || node === null) return true;
    for (const [key, value] of Object.entries(node)) {
      if (NAMING_KEYWORDS.test(key) || (key === 'id' && dialect === 'draft4')) return false;
      if (key === '$ref' && typeof value === 'string') {
        let location: SchemaLocation | undefined;
        let target: unknown;
        try {
          ({ location, node: target } = resolve({ $ref: value }, base));
        } catch {
          return false;
        }
        if (!location) return false;
        if (seen.has(location.absolutePointer)) continue;
        seen.add(location.absolutePointer);
        parts.push(location.absolutePointer, sourceId(location.source));
        if (!follow(target, location.source.absoluteRef)) return false;
      } else if (!follow(value, base)) return false;
    }
    return true;
  };
  return follow(schema, loc.source.absoluteRef) ? JSON.stringify(parts) : undefined;
}

/**
 * Core compiles the examples' validators anew on every lint (a new `AjvValidator` per rule per lint): two thirds of
 * a warm lint. This keeps each compiled validator across lints while all it follows from stays the same, and
 * otherwise leaves the compiling to core, so the problems stay core's (`test/redocly.test.ts`).
 */
async function keepValidators(): Promise<void> {
  const url = new URL('./rules/ajv.js', pathToFileURL(require.resolve('@redocly/openapi-core')));
  const { AjvValidator } = (await import(url.href)) as { AjvValidator: { prototype: { getValidator: GetValidator } } };
  const compile = AjvValidator.prototype.getValidator;
  AjvValidator.prototype.getValidator = function getValidator(this: unknown, ...args) {
    const key = validatorKey(...args);
    if (key === undefined) return compile.apply(this, args);
    const known = validators.current.get(key) ?? validators.previous.get(key);
    const validate = known ?? compile.apply(this, args);
    if (validate) validators.current.set(key, validate);
    return validate;
  };
}

/** Loads core once, on first use: a process that only reads bundles never pays for it. */
function engine(): Promise<Engine> {
  engineLoad ??= Promise.all([import('@redocly/openapi-core'), keepValidators()]).then(([core]) => {
    /**
     * Redocly's resolver, reading a file again each time (its text decides) but parsing it only when that text is new.
     * Bundling decorates the document it is given in place, so each caller gets its own copy of the parse.
     */
    class SharedParseResolver extends core.BaseResolver {
      override async loadExternalRef(absoluteRef: string): Promise<Source> {
        const source = await super.loadExternalRef(absoluteRef);
        const known = parsedSources.get(absoluteRef);
        return known?.source.body === source.body && known.source.mimeType === source.mimeType ? known.source : source;
      }

      override parseDocument(source: Source, isRoot = false): Document {
        const known = parsedSources.get(source.absoluteRef);
        if (known?.source === source && known.isRoot === isRoot)
          return { source, parsed: structuredClone(known.parsed) };
        const document = super.parseDocument(source, isRoot);
        parsedSources.set(source.absoluteRef, { source, isRoot, parsed: structuredClone(document.parsed) });
        return document;
      }
    }
    return { core, resolver: (config) => new SharedParseResolver(config.resolve) };
  });
  return engineLoad;
}

interface LoadedConfig {
  text: string;
  config: Promise<Config>;
  /** The text of each plugin file the configuration loaded, by absolute path. */
  plugins: Map<string, string>;
}
const configs = new Map<string, LoadedConfig>();

const readOrMissing = (path: string) => {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
};

/**
 * The configuration at `configPath`, loaded and checked once (as the CLI's `--lint-config error` checks it) and
 * loaded again when its text or a plugin file it loaded changes. Core keeps plugins by path, so a plugin rebuilt in
 * place, or one that failed to load, is dropped from its cache first.
 */
async function loadedConfig(configPath: string): Promise<Config> {
  const { core } = await engine();
  const text = readFileSync(configPath, 'utf8');
  const known = configs.get(configPath);
  if (known) {
    const config = await known.config.catch(() => undefined);
    const pluginsSame = [...known.plugins].every(([path, plugin]) => readOrMissing(path) === plugin);
    if (config && pluginsSame && known.text === text) return config;
    if (!config || !pluginsSame) clearPlugins(core);
  }
  const plugins = new Map<string, string>();
  const config = (async () => {
    const loaded = await core.loadConfig({ configPath });
    for (const { absolutePath } of loaded.plugins) {
      if (absolutePath) plugins.set(absolutePath, readOrMissing(absolutePath) ?? '');
    }
    const errors = (await core.lintConfig({ config: loaded, severity: 'error' })).filter(
      (problem) => problem.severity === 'error',
    );
    if (errors.length > 0) {
      const located = errors.map((problem) => formatProblem(locate(core, problem)));
      throw new Error(`${configPath} is not a valid Redocly configuration:\n${located.join('\n')}`);
    }
    return loaded;
  })();
  configs.set(configPath, { text, config, plugins });
  return config;
}

/**
 * Core's plugin cache cleared. Before Node 22.15 core warns once that edited ESM plugins are not picked up, which is
 * true only of the files a plugin imports: ours is one esbuild bundle, whose new URL reloads all of it.
 */
function clearPlugins(core: Core): void {
  const write = process.stderr.write;
  process.stderr.write = () => true;
  try {
    core.clearPluginsCache();
  } finally {
    process.stderr.write = write;
  }
}

function locate(core: Core, problem: NormalizedProblem): LintProblem {
  const [at] = problem.location;
  const position = at ? core.getLineColLocation(at) : undefined;
  const ref = at?.source.absoluteRef ?? '';
  return {
    file: ref && !core.isAbsoluteUrl(ref) ? relative(repoDir, ref) : ref,
    line: position?.start.line ?? 0,
    col: position?.start.col ?? 0,
    pointer: at && 'pointer' in at ? (at.pointer ?? '') : '',
    rule: problem.ruleId,
    severity: problem.severity,
    message: problem.message,
  };
}

/** Each problem located, errors first and in the order found, as the CLI's `--format json` lists them. */
function reported(core: Core, problems: readonly NormalizedProblem[]): LintProblem[] {
  const severityRank = { error: 0, warn: 1 } as const;
  return problems
    .filter((problem) => !problem.ignored)
    .sort((a, b) => severityRank[a.severity] - severityRank[b.severity])
    .map((problem) => locate(core, problem));
}

/** The root document of an API that the configuration declares (`apis.<api>.root`). */
function apiRoot(config: Config, configPath: string, api: string): string {
  const root = config.resolvedConfig.apis?.[api]?.root;
  if (!root) throw new Error(`${configPath} declares no API named "${api}".`);
  return resolve(dirname(configPath), root);
}

export type LintTarget = { api: string } | { files: readonly string[] };

/**
 * `redocly lint`: an API of the configuration with its rules, or files with the configuration's root rules, less
 * `skipRules`. Problems of skipped rules are dropped rather than the rules switched off, so the loaded
 * configuration stays as it was for the next caller.
 */
export async function redoclyLint(
  configPath: string,
  target: LintTarget,
  { skipRules = [] }: { skipRules?: readonly string[] } = {},
): Promise<LintProblem[]> {
  const { core, resolver } = await engine();
  const config = await loadedConfig(configPath);
  const runs =
    'api' in target
      ? [{ ref: apiRoot(config, configPath, target.api), config: config.forAlias(target.api) }]
      : target.files.map((file) => ({ ref: resolve(file), config }));
  const problems: NormalizedProblem[] = [];
  // The validators of the last lint and of this one are kept; older ones, of schemas edited since, are dropped.
  validators.previous = validators.current;
  validators.current = new Map();
  for (const run of runs) {
    problems.push(...(await core.lint({ ...run, externalRefResolver: resolver(run.config) })));
  }
  return reported(
    core,
    problems.filter((problem) => !skipRules.includes(problem.ruleId)),
  );
}

/** The top-level keys of an OpenAPI 3 bundle in the order `redocly bundle` writes them; any others follow. */
const OAS3_KEY_ORDER = [
  'openapi',
  'info',
  'jsonSchemaDialect',
  'servers',
  'security',
  'tags',
  'externalDocs',
  'paths',
  'webhooks',
  'x-webhooks',
  'components',
];

export interface RedoclyBundle {
  /** The bundled document, its top-level keys in the CLI's order. */
  document: Record<string, unknown>;
  /** The YAML `redocly bundle <api> --output <file>.yaml` writes, byte for byte. */
  yaml: string;
}

/** `redocly bundle <api>`: the API bundled with its decorators. Throws with the problems when it has errors. */
export async function redoclyBundle(configPath: string, api: string): Promise<RedoclyBundle> {
  const { core, resolver } = await engine();
  const config = await loadedConfig(configPath);
  const apiConfig = config.forAlias(api);
  const { bundle, problems } = await core.bundle({
    ref: apiRoot(config, configPath, api),
    config: apiConfig,
    externalRefResolver: resolver(apiConfig),
    removeUnusedComponents: false,
    componentNamesStrategy: 'basename',
  });
  const errors = reported(core, problems).filter((problem) => problem.severity === 'error');
  if (errors.length > 0) {
    throw new Error(`redocly bundle ${api} failed:\n${errors.map(formatProblem).join('\n')}`);
  }
  const parsed = bundle.parsed as Record<string, unknown>;
  const document: Record<string, unknown> = {};
  for (const key of OAS3_KEY_ORDER) if (Object.hasOwn(parsed, key)) document[key] = parsed[key];
  Object.assign(document, parsed);
  return { document, yaml: core.stringifyYaml(document, { noRefs: true, lineWidth: -1 }) };
}

export interface BuildDocsOptions {
  /** The bundle to render. */
  api: string;
  output: string;
  template: string;
  templateOptions: Record<string, string>;
  /** The configuration `build-docs` reads its Redoc options from (default: the workspace's redocly.yaml). */
  configPath?: string;
}

/**
 * The CLI's `build-docs` command handler: core has no API for the reference page, so the CLI's own command renders
 * it. The CLI names its chunks by content hash; its entry imports this one by name, which is where it is found.
 */
function buildDocsHandlerUrl(): string {
  const entry = readFileSync(join(cliLibDir, 'index.js'), 'utf8');
  const chunk = /handlerBuildCommand:\w+\}=await import\("\.\/(chunks\/[\w-]+\.js)"\)/.exec(entry)?.[1];
  if (!chunk) {
    throw new Error(
      `${join(cliLibDir, 'index.js')} no longer imports build-docs' handlerBuildCommand from a chunk: update spec/src/redocly.ts for this @redocly/cli.`,
    );
  }
  return pathToFileURL(join(cliLibDir, chunk)).href;
}

/**
 * A render worker: loads the handler and core once, then renders one page at a time. What the command prints
 * (banners, progress) is dropped: the worker's own stdout and stderr write nowhere (piping them to the parent
 * instead would keep the parent alive). Its configuration is keyed by the configuration's text, so an edited
 * redocly.yaml is read again.
 */
const RENDER_WORKER = `
const { parentPort, workerData } = require('node:worker_threads');
process.stdout.write = process.stderr.write = () => true;
// From Node 22 on, V8 keeps the CLI's compiled code between processes (in os.tmpdir()); Node 20 has no such cache.
require('node:module').enableCompileCache?.();
const loaded = Promise.all([import(workerData.handlerUrl), import(workerData.coreUrl)]);
const configs = new Map();
let queue = Promise.resolve();
parentPort.on('message', ({ id, argv, configPath, configKey }) => {
  queue = queue.then(async () => {
    try {
      const [{ handlerBuildCommand }, { loadConfig }] = await loaded;
      const key = configPath + '\\0' + configKey;
      if (!configs.has(key)) configs.set(key, loadConfig({ configPath }));
      await handlerBuildCommand({ argv, config: await configs.get(key) });
      parentPort.postMessage({ id, ok: true });
    } catch (error) {
      parentPort.postMessage({ id, ok: false, message: error instanceof Error ? error.message : String(error) });
    }
  });
});
`;

interface RenderWorker {
  worker: Worker;
  /** The renders sent to it and not answered yet, by id. */
  waiting: Map<number, { resolve: () => void; reject: (error: Error) => void }>;
}

const renderWorkers: RenderWorker[] = [];
let nextRender = 0;
let handlerUrl: string | undefined;

function startRenderWorker(): RenderWorker {
  handlerUrl ??= buildDocsHandlerUrl();
  const worker = new Worker(RENDER_WORKER, {
    eval: true,
    env: quietEnv(),
    workerData: { handlerUrl, coreUrl: pathToFileURL(require.resolve('@redocly/openapi-core')).href },
  });
  worker.unref();
  const entry: RenderWorker = { worker, waiting: new Map() };
  worker.on('message', ({ id, ok, message }: { id: number; ok: boolean; message?: string }) => {
    const call = entry.waiting.get(id);
    entry.waiting.delete(id);
    if (entry.waiting.size === 0) worker.unref();
    if (ok) call?.resolve();
    else call?.reject(new Error(message));
  });
  const fail = (error: Error) => {
    const index = renderWorkers.indexOf(entry);
    if (index >= 0) renderWorkers.splice(index, 1);
    for (const call of entry.waiting.values()) call.reject(error);
    entry.waiting.clear();
  };
  worker.on('error', (error) => fail(new Error(`The build-docs worker failed: ${error.message}`)));
  worker.on('exit', () => fail(new Error('The build-docs worker stopped.')));
  renderWorkers.push(entry);
  return entry;
}

/** How many render workers this process may start: one per core, unless `useBuildDocsWorkers` said otherwise. */
let renderWorkerLimit = availableParallelism();

/**
 * Starts `count` render workers now, and lets this process have no more. For a process that renders a known few pages
 * and exits, such as the docs build: loading the CLI costs a worker about a second of CPU and a render a third of
 * that, so on two cores one worker rendering the brands in turn beats one per brand, each loading the CLI beside the
 * others; started first thing, it loads while the process loads and prepares everything else.
 */
export function useBuildDocsWorkers(count: number): void {
  renderWorkerLimit = Math.max(1, count);
  while (renderWorkers.length < renderWorkerLimit) startRenderWorker();
}

/**
 * `redocly build-docs`, byte for byte, rendered by a warm worker: an idle one, or a new one while there are fewer than
 * the limit (one per core: a long-lived process renders a site's brands side by side); otherwise the least busy one
 * queues it. Workers stay loaded for the next render and never keep the process alive.
 */
export function redoclyBuildDocs({
  api,
  output,
  template,
  templateOptions,
  configPath = join(repoDir, 'redocly.yaml'),
}: BuildDocsOptions): Promise<void> {
  const idle = renderWorkers.find((candidate) => candidate.waiting.size === 0);
  const chosen =
    idle ??
    (renderWorkers.length < renderWorkerLimit
      ? startRenderWorker()
      : renderWorkers.reduce((least, candidate) => (candidate.waiting.size < least.waiting.size ? candidate : least)));
  const configKey = createHash('sha256').update(readFileSync(configPath)).digest('hex');
  const id = nextRender++;
  chosen.worker.ref();
  return new Promise((resolvePromise, reject) => {
    chosen.waiting.set(id, { resolve: resolvePromise, reject });
    chosen.worker.postMessage({ id, configPath, configKey, argv: { api, o: output, template, templateOptions } });
  });
}

export interface RedoclyRun {
  ok: boolean;
  /** What it printed, stdout and stderr as they came, without the CLI's boxed banners. */
  output: string;
  /** What it printed on stdout alone (where `--format json` writes). */
  stdout: string;
}

/**
 * The CLI's boxed notices (e.g. "Node.js 20 support is ending") say nothing about the spec: a report shows none.
 * They are the lines drawn with box characters, and the blank lines they leave.
 */
export function withoutBanners(text: string): string {
  return text
    .split('\n')
    .filter((line) => !/^\s*[╔║╚]/.test(line))
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** The environment every CLI run gets: no telemetry, no update notice, no colours in what it prints. */
const quietEnv = () => ({
  ...process.env,
  REDOCLY_TELEMETRY: 'off',
  REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true',
  NO_COLOR: '1',
});

/** The CLI as a process of its own, in `cwd`, without telemetry. */
export function runRedocly(args: readonly string[], cwd = repoDir): Promise<RedoclyRun> {
  const child = spawn(process.execPath, [redoclyBin, ...args], {
    cwd,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: quietEnv(),
  });
  const chunks: Buffer[] = [];
  const stdout: Buffer[] = [];
  child.stdout.on('data', (chunk: Buffer) => {
    chunks.push(chunk);
    stdout.push(chunk);
  });
  child.stderr.on('data', (chunk: Buffer) => chunks.push(chunk));
  const result = (ok: boolean, extra = '') => ({
    ok,
    output: withoutBanners(`${Buffer.concat(chunks)}${extra}`),
    stdout: Buffer.concat(stdout).toString('utf8'),
  });
  return new Promise((resolve) => {
    child.once('error', (error) => resolve(result(false, error.message)));
    child.once('close', (code) => resolve(result(code === 0)));
  });
}
