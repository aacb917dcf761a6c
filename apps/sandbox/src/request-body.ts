/** A request's JSON body: read up to a size cap (readBody), decoded as strict UTF-8 (decodeUtf8), then parsed (parseJson). */
import { isUtf8 } from 'node:buffer';
import type { IncomingMessage } from 'node:http';
import { Refusal } from './refusal.ts';

/**
 * Reads the raw body and hands it to `onBody`, or hands `onFailure` a refusal of one larger than `maxBytes` (before
 * reading it when Content-Length already says so) or an error when the client goes away mid-body; one of them, once.
 * Callbacks rather than a promise: the reply is written in the body's own 'end' event, with no promise and no
 * microtask per request.
 */
export function readBody(
  request: IncomingMessage,
  maxBytes: number,
  onBody: (body: Buffer) => void,
  onFailure: (error: unknown) => void,
): void {
  if (Number(request.headers['content-length']) > maxBytes) {
    onFailure(oversize(maxBytes));
    return;
  }
  const chunks: Buffer[] = [];
  let size = 0;
  let settled = false;
  const fail = (error: unknown) => {
    if (settled) return;
    settled = true;
    onFailure(error);
  };
  const onData = (chunk: Buffer) => {
    size += chunk.length;
    if (size <= maxBytes) {
      chunks.push(chunk);
      return;
    }
    request.off('data', onData);
    fail(oversize(maxBytes));
  };
  // A client that goes away mid-body must not leave the request unanswered, and its chunks held. The listeners stay,
  // since removing four on every request cost more than the rest of reading its body; 'close' follows every 'end',
  // so once the body has ended no error is made (an Error's stack trace is dear).
  const onGone = () => {
    if (!request.readableEnded) fail(new Error('The request ended before its body was complete.'));
  };
  request
    .on('data', onData)
    .on('end', () => {
      if (settled) return;
      settled = true;
      // A body in one chunk, as a small one arrives, is that chunk: Node copied it out of the socket's buffer already.
      onBody(chunks.length === 1 ? (chunks[0] as Buffer) : Buffer.concat(chunks, size));
    })
    .on('error', onGone)
    .on('close', onGone);
}

function oversize(maxBytes: number): Refusal {
  // Closing the connection stops the upload instead of reading the rest of it only to throw it away.
  return new Refusal('oversizeBody', `Request body is larger than ${maxBytes} bytes.`, { connection: 'close' });
}

export function decodeUtf8(body: Buffer): string {
  if (!isUtf8(body)) throw new Refusal('invalidUtf8', 'Request body is not valid UTF-8.');
  return body.toString('utf8');
}

export function parseJson(text: string): unknown {
  if (text.trim() === '') throw new Refusal('malformedJson', 'Request body is empty; expected a JSON object.');
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new Refusal('malformedJson', `Request body is not valid JSON: ${(error as Error).message}`);
  }
}
