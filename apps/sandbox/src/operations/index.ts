/** The sandbox's handler of each operation of the spec, by operationId. */
import { createToken } from './create-token.ts';
import { deleteVerificationData } from './delete-verification-data.ts';
import { getVerificationData } from './get-verification-data.ts';
import { getVerificationStatus } from './get-verification-status.ts';
import type { HandlerFactory } from './operation.ts';
import { processVerification } from './process-verification.ts';

export const handlerFactories: Readonly<Record<string, HandlerFactory>> = {
  createToken,
  getVerificationStatus,
  getVerificationData,
  processVerification,
  deleteVerificationData,
};
