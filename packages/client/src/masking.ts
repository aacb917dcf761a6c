/**
 * The masking of API secrets, one rule for the client, the PHP, Python and Go kits and `contract:verify`
 * (`@error-contract/client/masking`). The secrets of a credential are its API secret, its Basic value (base64 of
 * `apiKey:apiSecret`) and the base64 of the secret alone, each in UTF-8 and, when it can be written so, in Latin-1.
 * Each is replaced by `***` wherever it appears in a text:
 * - as it is;
 * - JSON-escaped, once or more: any character as `\uXXXX` (hex in either case), `"`, `\`, `/` and control characters
 *   as their short escapes, each escape after one to eight backslashes (`\/`, `\\/`, `\\\"`, `\\u0041`);
 * - percent-encoded: any character as `%XX` of its UTF-8 bytes (hex in either case), a space also as `+`;
 * and any mix of these, character by character. A secret shorter than MIN_SECRET_LENGTH characters is refused.
 */
import { MASK_CHUNK, MIN_SECRET_LENGTH } from './generated/limits.ts';

export { MIN_SECRET_LENGTH } from './generated/limits.ts';

const encoder = new TextEncoder();

/** Base64 of the text's UTF-8 bytes, or with `latin1` of its Latin-1 bytes ('' when it has none). */
function base64(text: string, latin1?: boolean): string {
  try {
    // btoa refuses a character past U+00FF, which Latin-1 cannot write.
    return btoa(latin1 ? text : Array.from(encoder.encode(text), (byte) => String.fromCharCode(byte)).join(''));
  } catch {
    return '';
  }
}

/**
 * The secrets to mask for HTTP Basic credentials, in the order they are masked: the API secret, the Basic value in
 * UTF-8 (the one the client sends, RFC 7617) and in Latin-1, and the base64 of the secret alone in UTF-8 and in
 * Latin-1; a Latin-1 form only when the text has one, and each form once. Throws a TypeError that names the rule
 * (never the secret) when the secret is shorter than MIN_SECRET_LENGTH characters.
 */
export function basicAuthSecrets(apiKey: string, apiSecret: string): string[] {
  if ([...apiSecret].length < MIN_SECRET_LENGTH) {
    throw new TypeError(`apiSecret must be at least ${MIN_SECRET_LENGTH} characters, so that it can be masked.`);
  }
  const basic = `${apiKey}:${apiSecret}`;
  return [
    ...new Set(
      [apiSecret, base64(basic), base64(basic, true), base64(apiSecret), base64(apiSecret, true)].filter(Boolean),
    ),
  ];
}

/** The backslashes before a JSON escape: one, or more where the text was escaped again. */
const BACKSLASHES = '\\\\{1,8}';

/** A text as a regex that matches it as it is. */
const literal = (text: string) => text.replace(/[$()*+./?[\\\]^{|}-]/g, '\\$&');

/** A number as hex digits for a regex, each letter matching either case. */
const hex = (code: number, width: number) =>
  code
    .toString(16)
    .padStart(width, '0')
    .replace(/[a-f]/g, (digit) => `[${digit}${digit.toUpperCase()}]`);

/**
 * The regex source of characters in every form above. The longer forms of a character come first, so that a match
 * never ends before the backslashes of an escape do.
 */
const patternOf = (chars: string[]) =>
  chars
    .map((char) => {
      const short = '"\\/\b\f\n\r\t'.indexOf(char);
      const forms = [
        char
          .split('')
          .map((unit) => `${BACKSLASHES}u${hex(unit.charCodeAt(0), 4)}`)
          .join(''),
        short < 0 ? '' : BACKSLASHES + literal('"\\/bfnrt'.charAt(short)),
        Array.from(encoder.encode(char), (byte) => `%${hex(byte, 2)}`).join(''),
        char === ' ' ? '\\+' : '',
        literal(char),
      ];
      return `(?:${forms.filter(Boolean).join('|')})`;
    })
    .join('');

/**
 * Replaces every match of one secret with `***`. The secret is matched in chunks of MASK_CHUNK characters, one regex
 * each: the first is searched for, each other must match where the one before ended (regex engines refuse the
 * pattern of a secret of a few thousand characters in one piece).
 */
function maskWith(text: string, [first, ...rest]: [RegExp, ...RegExp[]]): string {
  let masked = '';
  let kept = 0;
  first.lastIndex = 0;
  for (let found = first.exec(text); found; found = first.exec(text)) {
    const end = rest.reduce((at, next) => {
      next.lastIndex = at;
      return at >= 0 && next.test(text) ? next.lastIndex : -1;
    }, first.lastIndex);
    if (end < 0) {
      first.lastIndex = found.index + 1;
    } else {
      masked += `${text.slice(kept, found.index)}***`;
      kept = first.lastIndex = end;
    }
  }
  return masked + text.slice(kept);
}

/**
 * Replaces each secret given (empty ones aside), in every form above, with `***`, one secret after the other. Each
 * form of a character but the character itself has a backslash, a `%` or a `+`: a text with none of these and none
 * of the secrets as they are holds no secret, and is returned as it is after one search.
 */
export function createMasker(secrets: Iterable<string>): (text: string) => string {
  const given = [...secrets].filter(Boolean);
  const chunked = given.map((secret) => {
    const chars = [...secret];
    const regexes: RegExp[] = [];
    for (let at = 0; at < chars.length; at += MASK_CHUNK) {
      regexes.push(new RegExp(patternOf(chars.slice(at, at + MASK_CHUNK)), at ? 'y' : 'g'));
    }
    return regexes as [RegExp, ...RegExp[]];
  });
  return (text) =>
    /[\\%+]/.test(text) || given.some((secret) => text.includes(secret)) ? chunked.reduce(maskWith, text) : text;
}
