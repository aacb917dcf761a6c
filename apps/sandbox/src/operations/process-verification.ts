/**
 * processVerification (`POST /api/v2/process`): uses up the token and, the sandbox having no reviewers, approves the
 * verification at once with document data made from what the partner sent.
 */
import { Refusal } from '../refusal.ts';
import type { HandlerFactory } from './operation.ts';

export const processVerification: HandlerFactory = (_bundle, state) => {
  return ({ body, apiKey, now }) => {
    const token = state.tokenOf(apiKey, String(body.authToken));
    if (!token) throw new Refusal('invalidToken', 'Token is not valid.');
    if (token.used) throw new Refusal('invalidToken', 'Token was already used.');
    if (token.expiresAt <= now) throw new Refusal('invalidToken', 'Token has expired.');
    token.used = true;
    const verification = state.verifications.get(token.scanRef);
    if (verification) {
      verification.status = 'APPROVED';
      verification.data = documentData(verification.requested, body);
    }
    return undefined;
  };
};

/** The sex a document states, as the data operation spells it. */
const documentSex: Readonly<Record<string, string>> = { M: 'MALE', F: 'FEMALE' };

function documentData(requested: Record<string, unknown>, submitted: Record<string, unknown>): Record<string, unknown> {
  // Upper case where that keeps the length, so a read name stays within the limits of the one sent (`ß` is `SS`).
  const upper = (value: unknown) => {
    if (typeof value !== 'string') return null;
    const upperCase = value.toUpperCase();
    return upperCase.length === value.length ? upperCase : value;
  };
  const country = upper(submitted.country);
  return {
    docFirstName: upper(requested.firstName),
    docLastName: upper(requested.lastName),
    docType: submitted.documentType,
    docSex: documentSex[String(requested.sex)] ?? null,
    docNationality: upper(requested.nationality) ?? country,
    docIssuingCountry: country,
    docDob: requested.dateOfBirth ?? null,
    docExpiry: requested.dateOfExpiry ?? null,
    docDateOfIssue: requested.dateOfIssue ?? null,
    selectedCountry: country,
    manuallyDataChanged: false,
  };
}
