/** An integrator's code against `@error-contract/client/idenfy`, as written for the client on main. */
import {
  type ApiError,
  type components,
  createIdenfyClient,
  handleFailure,
  type IdenfyClient,
  type IdenfyErrorIdentifier,
  type IdenfyFailure,
  type IdenfyOperation,
  type IdenfyResult,
  idenfyErrorCatalog,
  type operations,
  RequestError,
  unwrap,
} from '@error-contract/client/idenfy';

type Schemas = components['schemas'];

// Request construction: each body built as its named type, then sent.
export const tokenRequest: Schemas['CreateTokenRequest'] = {
  clientId: 'user-1',
  firstName: 'John',
  lastName: 'Smith',
  country: 'LT',
  documents: ['ID_CARD', 'PASSPORT'],
  locale: 'en',
  expiryTime: 3600,
};
export const processRequest: Schemas['ProcessRequest'] = {
  authToken: 'token',
  country: 'LT',
  documentType: 'PASSPORT',
  images: { FRONT: 'front', FACE: 'face' },
};
export const scanRefRequest: Schemas['ScanRefRequest'] = { scanRef: 'scan-1' };

// A never-checked switch over the brand's identifiers: which ones a person must look at.
export function needsSupport(identifier: IdenfyErrorIdentifier): boolean {
  switch (identifier) {
    case 'INTERNAL_ERROR':
    case 'PARTNER_CONTRACT_ERROR':
      return true;
    case 'BAD_VALUE':
    case 'MISSING_VALUE':
    case 'UNAUTHORIZED':
    case 'ENCODING_ERROR':
    case 'JSON_ERROR':
    case 'TOKEN_NOT_VALID':
    case 'METHOD_NOT_ALLOWED':
      return false;
    default: {
      const unhandled: never = identifier;
      return unhandled;
    }
  }
}

// The client's exhaustive handler: one case per identifier and per other kind of failure.
export function advice(failure: IdenfyFailure): string {
  return handleFailure(failure, {
    INTERNAL_ERROR: () => 'try again later',
    BAD_VALUE: (error) => `fix the request: ${error.message}`,
    MISSING_VALUE: (error) => `add the missing field: ${error.message}`,
    UNAUTHORIZED: () => 'check the API key and secret',
    ENCODING_ERROR: () => 'send UTF-8',
    JSON_ERROR: () => 'send valid JSON',
    TOKEN_NOT_VALID: () => 'create a new token',
    PARTNER_CONTRACT_ERROR: () => 'ask for the contract option',
    METHOD_NOT_ALLOWED: () => 'use POST',
    unknownApiError: (error) => `unknown error ${error.identifier}: ${error.message}`,
    unexpectedResponse: (error) => `unexpected HTTP ${error.status}`,
    transportError: (error) => `no response (${error.reason})`,
  });
}

// A never-checked switch over a response enum.
export function isFinal(status: Schemas['VerificationStatus']): boolean {
  switch (status) {
    case 'ACTIVE':
    case 'REVIEWING':
      return false;
    case 'APPROVED':
    case 'DENIED':
    case 'SUSPECTED':
    case 'EXPIRED':
    case 'EXPIRED-DELETED':
    case 'DELETED':
      return true;
    default: {
      const unhandled: never = status;
      return unhandled;
    }
  }
}

interface StoredToken {
  authToken: string;
  scanRef: string;
  redirectUrl: string | undefined;
  expiresInSeconds: number;
  digitString: string | null;
}

// Field reads on success data, kept in the integrator's own types.
export async function startVerification(client: IdenfyClient, clientId: string): Promise<StoredToken | string> {
  const result: IdenfyResult<'createToken'> = await client.createToken({ ...tokenRequest, clientId });
  if (!result.ok) return advice(result);
  const { authToken, scanRef, redirectUrl } = result.data;
  return {
    authToken,
    scanRef,
    redirectUrl,
    expiresInSeconds: result.data.expiryTime,
    digitString: result.data.digitString,
  };
}

export async function verificationOutcome(client: IdenfyClient, scanRef: string): Promise<string> {
  const status = await unwrap(client.getVerificationStatus({ scanRef }));
  const data = await unwrap(client.getVerificationData({ scanRef }));
  const name: string | null | undefined = data.docFirstName;
  return `${status.clientId}: ${status.status}${isFinal(status.status) ? ' (final)' : ''} ${name ?? ''}`;
}

export async function finish(client: IdenfyClient, scanRef: string): Promise<void> {
  await unwrap(client.processVerification(processRequest));
  const deleted = await client.deleteVerificationData({ ...scanRefRequest, scanRef });
  if (!deleted.ok) throw new RequestError(deleted);
}

// Exported type names, named as an integrator names them.
export type TokenResponse = Schemas['CreateTokenResponse'];
export type ErrorBody = Schemas['ErrorResponse'];
export type StatusBody = operations['getVerificationStatus']['responses'][200]['content']['application/json'];
export const operationNames: readonly IdenfyOperation[] = ['createToken', 'getVerificationStatus'];
export const docsOfTokenErrors: string = idenfyErrorCatalog.TOKEN_NOT_VALID.docsUrl;
export function messageOf(error: ApiError<IdenfyErrorIdentifier>): { identifier: string; message: string } {
  return { identifier: error.identifier, message: error.message };
}
export const client: IdenfyClient = createIdenfyClient({ apiKey: 'key', apiSecret: 'secret' });
