/**
 * A valid request body per operationId, valid against both brands' specs, and the success lifecycle that uses them:
 * create a token, process it, read the verification's status and data, delete it.
 */
import type { LooseClient } from './brand-clients.ts';

/** A tiny base64 image; the sandbox and Prism check only its format and size. */
const image = 'aGVsbG8=';

export const requestBodies = {
  createToken: () => ({ clientId: 'user-1' }),
  processVerification: (authToken = 'sandbox-used-token') => ({
    authToken,
    country: 'LT',
    documentType: 'ID_CARD',
    images: { FRONT: image, BACK: image, FACE: image },
  }),
  getVerificationStatus: (scanRef = 'sandbox-approved') => ({ scanRef }),
  getVerificationData: (scanRef = 'sandbox-approved') => ({ scanRef }),
  deleteVerificationData: (scanRef = 'sandbox-approved') => ({ scanRef }),
} as const satisfies Record<string, () => unknown>;

export type OperationId = keyof typeof requestBodies;

export function hasRequestBody(operationId: string): operationId is OperationId {
  return operationId in requestBodies;
}

export interface LifecycleStep {
  operationId: OperationId;
  result: Awaited<ReturnType<LooseClient[string]>>;
}

/** Every operation once, on success paths, in the order a partner calls them. */
export async function successLifecycle(client: LooseClient): Promise<LifecycleStep[]> {
  const steps: LifecycleStep[] = [];
  const call = async (operationId: OperationId, body: unknown) => {
    const method = client[operationId];
    if (!method) throw new Error(`The client has no method ${operationId}.`);
    const result = await method(body);
    steps.push({ operationId, result });
    return result;
  };
  const created = await call('createToken', requestBodies.createToken());
  const { authToken = '', scanRef = '' } = created.ok ? (created.data as { authToken?: string; scanRef?: string }) : {};
  await call('processVerification', requestBodies.processVerification(authToken));
  await call('getVerificationStatus', requestBodies.getVerificationStatus(scanRef));
  await call('getVerificationData', requestBodies.getVerificationData(scanRef));
  await call('deleteVerificationData', requestBodies.deleteVerificationData(scanRef));
  return steps;
}
