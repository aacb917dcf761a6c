/**
 * The `x-codeSamples` of an operation (shown by Redoc), filled in from the templates in ../code_samples/
 * with the operation, the brand's server and client, and the request schema's first example.
 */
import { readFileSync } from 'node:fs';

const TEMPLATES = [
  { lang: 'Shell', label: 'curl', file: 'curl.tmpl' },
  { lang: 'TypeScript', label: 'TypeScript', file: 'typescript.tmpl' },
].map((template) => ({
  ...template,
  text: readFileSync(new URL(`../code_samples/${template.file}`, import.meta.url), 'utf8'),
}));

const IDENTIFIER_NAME = /^[A-Za-z_$][\w$]*$/;

/** A value written as a TypeScript literal: unquoted keys where possible, single-quoted strings, two-space indent. */
export function typescriptLiteral(value, indent = '') {
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

function fill(template, values) {
  return template.replace(/\{\{(\w+)\}\}/g, (placeholder, name) => {
    if (!(name in values)) throw new Error(`Code sample template: unknown placeholder ${placeholder}.`);
    return values[name];
  });
}

/**
 * The samples of one operation. `requestExample` is the request body to show; `client` names the brand's
 * client package entry point and factory.
 */
export function codeSamplesFor({ operationId, path, serverUrl, requestExample, client }) {
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
