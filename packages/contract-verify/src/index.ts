/** Verifies a deployment against the error contract; see the package README. */
export {
  type Credential,
  type Credentials,
  credentialEnv,
  credentialsFromEnv,
  sandboxCredentials,
} from './credentials.ts';
export { jsonReport, junitReport, markdownReport, runFailed, textReport, totalsOf } from './reports.ts';
export { type RunOptions, runVerify } from './run.ts';
export type { CellResult, CellStatus } from './verdicts.ts';
export { type BrandResult, verifyBrands } from './verify.ts';
