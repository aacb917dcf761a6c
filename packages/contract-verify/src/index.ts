/** Verifies a deployment against the error contract; see the package README. */
export { type ArazzoDocument, arazzoDocument, arazzoExport, arazzoYaml } from './arazzo.ts';
export {
  type Credentials,
  credentialEnvOf,
  credentialsFromEnv,
  envOfCredentials,
  sandboxCredentials,
} from './credentials.ts';
export { allowanceNames, type NotAttemptedReason } from './plan.ts';
export { jsonReport, junitReport, markdownReport, runFailed, textReport, totalsOf, verdictOf } from './reports.ts';
export {
  type BrandResult,
  type CellResult,
  type CellStatus,
  type RunOptions,
  type RunResult,
  runVerify,
} from './verify.ts';
