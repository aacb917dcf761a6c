/** The throwing style: one error class that carries the failure, and `unwrap` to get data or throw it. */
import { describeFailure } from './describe.ts';
import type { Failure, Result } from './result.ts';

export class RequestError<Id extends string = string> extends Error {
  override readonly name = 'RequestError';
  /** The typed failure, the same object a result-style call returns; narrow it on `failure.kind`. */
  declare readonly failure: Failure<Id>;
  declare readonly kind: Failure['kind'];
  /** The HTTP status, or undefined for a transport error. */
  declare readonly status: number | undefined;
  /** The error identifier, or undefined when the response had none. */
  declare readonly identifier: string | undefined;
  declare readonly requestId: string | undefined;

  constructor(failure: Failure<Id>) {
    super(describeFailure(failure));
    const fields = failure as Partial<{ status: number; identifier: string; requestId: string }>;
    Object.assign(this, {
      failure,
      kind: failure.kind,
      status: fields.status,
      identifier: fields.identifier,
      requestId: fields.requestId,
    });
  }

  toJSON(): { name: string; message: string } & Failure<Id> {
    return { name: this.name, message: this.message, ...this.failure };
  }
}

/** The data of a successful call, or a thrown `RequestError` carrying the failure. */
export async function unwrap<T, Id extends string>(result: Result<T, Id> | Promise<Result<T, Id>>): Promise<T> {
  const settled = await result;
  if (settled.ok) return settled.data;
  throw new RequestError<Id>(settled);
}
