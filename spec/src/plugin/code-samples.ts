/**
 * The `x-codeSamples` of an operation (shown by Redoc), filled in from the templates in spec/code_samples/ with the
 * operation, the brand's server and client, and the request schema's first example. The templates are built into
 * the plugin, so it reads no file while it runs.
 */
import curlTemplate from '../../code_samples/curl.tmpl';
import typescriptTemplate from '../../code_samples/typescript.tmpl';

const TEMPLATES = [
  { lang: 'Shell', label: 'curl', text: curlTemplate },
  { lang: 'TypeScript', label: 'TypeScript', text: typescriptTemplate },
];

const IDENTIFIER_NAME = /^[A-Za-z_$][\w$]*$/;

/** A value written as a TypeScript literal: unquoted keys where possible, single-quoted strings, two-space indent. */
export function typescriptLiteral(value: unknown, indent = ''): string {
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    return `[\n${value.map((item) => `${inner}${typescriptLiteral(item, inner)},`).join('\n')}\n${indent}]`;
  }
  if (typeof value === 'object' && value !== null) {
    const entries = Object.entries(value);
    if (entries.length === 0) return '{}';
    const lines = entries.map(([key, item]) => {
      const name = IDENTIFIER_NAME.test(key) ? key : typescriptLiteral(key);
      return `${inner}${name}: ${typescriptLiteral(item, inner)},`;
    });
    return `{\n${lines.join('\n')}\n${indent}}`;
  }
  if (typeof value === 'string') return `'${value.replaceAll('\\', '\\\\').replaceAll("'", "\\'")}'`;
  return JSON.stringify(value);
}

function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{\{(\w+)\}\}/g, (placeholder, name: string) => {
    const value = values[name];
    if (value === undefined) throw new Error(`Code sample template: unknown placeholder ${placeholder}.`);
    return value;
  });
}

export interface CodeSampleInput {
  operationId: string;
  path: string;
  serverUrl: string;
  /** The request body to show. */
  requestExample: unknown;
  /** The brand's client package entry point and factory. */
  client: { module: string; factory: string };
}

export interface CodeSample {
  lang: string;
  label: string;
  source: string;
}

/** The samples of one operation, one per template. */
export function codeSamplesFor({
  operationId,
  path,
  serverUrl,
  requestExample,
  client,
}: CodeSampleInput): CodeSample[] {
  const values = {
    operationId,
    path,
    serverUrl,
    requestJson: typescriptLiteral(requestExample),
    requestJsonShell: JSON.stringify(requestExample).replaceAll("'", "'\\''"),
    clientModule: client.module,
    clientFactory: client.factory,
  };
  return TEMPLATES.map(({ lang, label, text }) => ({ lang, label, source: fill(text, values) }));
}
