/**
 * What a server that echoes a credential may send back, worked out here apart from the masker under test: the forms
 * of a credential (the secret, the Basic value in UTF-8 and Latin-1, base64 of the secret alone) and the ways a text
 * gets encoded on its way back (JSON escapes, once or twice, percent-encoding).
 */
import { inspect } from 'node:util';
import fc from 'fast-check';

const isLatin1 = (text: string) => /^[\0-\xff]*$/.test(text);

/** Every form of the credential that must never be shown. */
export function secretForms(apiKey: string, apiSecret: string): string[] {
  const forms = [apiSecret];
  for (const text of [`${apiKey}:${apiSecret}`, apiSecret]) {
    forms.push(Buffer.from(text, 'utf8').toString('base64'));
    if (isLatin1(text)) forms.push(Buffer.from(text, 'latin1').toString('base64'));
  }
  return [...new Set(forms)];
}

const unitEscapes = (text: string, upper: boolean) =>
  text
    .split('')
    .map((unit) => {
      const hex = unit.charCodeAt(0).toString(16).padStart(4, '0');
      return `\\u${upper ? hex.toUpperCase() : hex}`;
    })
    .join('');
const jsonEscaped = (text: string) => JSON.stringify(text).slice(1, -1);
/** PHP's json_encode writes `/` as `\/`. */
const phpEscaped = (text: string) => jsonEscaped(text).replaceAll('/', '\\/');

/** The ways a server encodes a text it echoes. */
export const echoes: Record<string, (text: string) => string> = {
  'as it is': (text) => text,
  'JSON-escaped': jsonEscaped,
  'JSON-escaped with / as \\/': phpEscaped,
  'every character as \\uXXXX': (text) => unitEscapes(text, false),
  'every character as \\uXXXX in upper case': (text) => unitEscapes(text, true),
  'JSON-escaped twice': (text) => jsonEscaped(jsonEscaped(text)),
  'JSON-escaped twice with / as \\/': (text) => phpEscaped(phpEscaped(text)),
  'every character as \\uXXXX, then JSON-escaped': (text) => jsonEscaped(unitEscapes(text, false)),
  'percent-encoded': encodeURIComponent,
  'every byte percent-encoded in lower case': (text) =>
    [...Buffer.from(text, 'utf8')].map((byte) => `%${byte.toString(16).padStart(2, '0')}`).join(''),
  'form-encoded, a space as +': (text) => new URLSearchParams([['x', text]]).toString().slice(2),
};

/** Every string that would show a form of the credential, as an output may hold it (as JSON, inspected). */
export function leakProbes(apiKey: string, apiSecret: string): string[] {
  const probes = new Set<string>();
  for (const form of secretForms(apiKey, apiSecret)) {
    for (const echo of Object.values(echoes)) probes.add(echo(form));
    probes.add(inspect(form).slice(1, -1));
  }
  return [...probes];
}

/** Characters that JSON, URLs and the Basic scheme treat apart, and some from outside ASCII and Latin-1. */
const specials = ['"', '\\', '/', '\t', ' ', '%', '+', "'", ':', '=', '&', 'é', 'ÿ', '€', '😀', '\u0001'];
const alphanumerics = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789'.split('');

/** An API secret of 8 to 24 characters, special ones often, with at least 4 different ones (nothing degenerate). */
export const anySecret = fc
  .string({
    unit: fc.oneof(fc.constantFrom(...alphanumerics), fc.constantFrom(...specials)),
    minLength: 8,
    maxLength: 24,
  })
  .filter((secret) => new Set(secret).size >= 4);

export const anyApiKey = fc.stringMatching(/^[a-z0-9-]{1,12}$/);
