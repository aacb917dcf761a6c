/**
 * The corpus format, one JSON file per brand (`generated/<brand>.json`): HTTP replies and the one outcome each must
 * be classified as. Plain JSON on purpose, so that every language reads it with its standard library.
 */

/** A piece of a body. `text` is UTF-8, repeated `repeat` times (default 1); `base64` is raw bytes. */
export type BodyPart = { text: string; repeat?: number } | { base64: string };

export interface Reply {
  status: number;
  /** Header name and value pairs, in order. */
  headers: Array<[string, string]>;
  /** The body bytes are the parts concatenated; no part means an empty body. */
  body: BodyPart[];
}

/**
 * What a reply is classified as. Only fields every language reports the same way are compared: the kept body text
 * is not (the TypeScript client keeps a JSON body re-serialised, the kits keep it as it came). `null` means absent.
 * Texts are compared as well-formed Unicode: a lone surrogate (which only JavaScript strings can hold) is U+FFFD.
 */
export type Outcome =
  | {
      kind: 'api-error';
      status: number;
      identifier: string;
      message: string;
      explanation: string;
      retryable: boolean;
      docsUrl: string;
      requestId: string | null;
    }
  | { kind: 'unknown-api-error'; status: number; identifier: string; message: string; requestId: string | null }
  | {
      kind: 'unexpected-response';
      status: number;
      reason: 'empty-body' | 'not-json' | 'wrong-shape';
      contentType: string | null;
      requestId: string | null;
    };

export interface CorpusCase {
  /** Unique within the brand's file; says what the reply is. */
  name: string;
  reply: Reply;
  want: Outcome;
}

export interface Corpus {
  brand: string;
  /** The response header that carries the request id. */
  requestIdHeader: string;
  /**
   * The HTTP Basic credentials of the request every reply answers. Secrets to mask are derived from them as the
   * TypeScript client does: the API secret and the base64 token of `apiKey:apiSecret`, each replaced by `***`.
   */
  credentials: { apiKey: string; apiSecret: string };
  cases: CorpusCase[];
}

/** The body bytes of a reply. */
export function bodyBytes(reply: Reply): Uint8Array {
  const parts = reply.body.map((part) =>
    'base64' in part ? Buffer.from(part.base64, 'base64') : Buffer.from(part.text.repeat(part.repeat ?? 1), 'utf8'),
  );
  return new Uint8Array(Buffer.concat(parts));
}
