/**
 * Checks of the reproduction declaration (`reproductions/<IDENTIFIER>.yaml` beside the root document) against the
 * catalog and the operations, for the `error-contract/reproductions-complete` rule. Plain JS because Redocly loads
 * plugins without a TypeScript step; the shape comes from the folder's reproduction.schema.json.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { parse } from 'yaml';

const FOLDER = 'reproductions';

function readDeclaration(dir) {
  const problems = [];
  const declaration = {};
  const validate = new Ajv2020({ allErrors: true, strict: false }).compile(
    JSON.parse(readFileSync(join(dir, 'reproduction.schema.json'), 'utf8')),
  );
  for (const file of readdirSync(dir).filter((name) => name.endsWith('.yaml'))) {
    const identifier = file.slice(0, -'.yaml'.length);
    try {
      const content = parse(readFileSync(join(dir, file), 'utf8'));
      if (validate(content)) declaration[identifier] = content;
      else {
        const [first] = validate.errors;
        problems.push({ identifier, message: `${FOLDER}/${file}: ${first.instancePath || '/'} ${first.message}.` });
      }
    } catch (error) {
      problems.push({ identifier, message: `${FOLDER}/${file}: not YAML: ${error.message}` });
    }
  }
  return { declaration, problems };
}

/** Problems as `{ identifier, message }`: a missing, doubled or unknown reproduction, or an unknown operation. */
export function reproductionProblems(rootFile, catalog, operationIds) {
  const dir = join(dirname(rootFile), FOLDER);
  if (!existsSync(join(dir, 'reproduction.schema.json'))) {
    return [{ message: `No reproduction declaration: ${FOLDER}/reproduction.schema.json is missing beside the root.` }];
  }
  const { declaration, problems } = readDeclaration(dir);
  const invalid = new Set(problems.map((problem) => problem.identifier));
  for (const [identifier, reproductions] of Object.entries(declaration)) {
    const entry = catalog[identifier];
    if (!entry) {
      problems.push({
        identifier,
        message: `${FOLDER}/${identifier}.yaml: "${identifier}" is not an identifier of the catalog.`,
      });
      continue;
    }
    const scope = entry.operations ?? operationIds;
    const covered = new Map();
    for (const [index, reproduction] of reproductions.entries()) {
      const at = `${FOLDER}/${identifier}.yaml #${index + 1}`;
      const steps = (reproduction.before ?? []).map((step) => step.operation);
      for (const operationId of [...(reproduction.operations ?? []), ...steps]) {
        if (!operationIds.includes(operationId)) {
          problems.push({ identifier, message: `${at}: unknown operation "${operationId}".` });
        }
      }
      for (const operationId of reproduction.operations ?? scope) {
        if (!operationIds.includes(operationId)) continue;
        if (!scope.includes(operationId)) {
          problems.push({
            identifier,
            message: `${at}: the catalog says ${operationId} cannot return ${identifier}; add it to the identifier's \`operations\` or drop it here.`,
          });
        } else if (covered.has(operationId)) {
          problems.push({
            identifier,
            message: `${at}: ${identifier} on ${operationId} is already reproduced by #${covered.get(operationId)}.`,
          });
        } else covered.set(operationId, index + 1);
      }
    }
  }
  for (const [identifier, entry] of Object.entries(catalog)) {
    for (const operationId of entry.operations ?? operationIds) {
      if (declaration[identifier]?.some((r) => !r.operations || r.operations.includes(operationId))) continue;
      if (invalid.has(identifier)) continue; // its file is already reported
      problems.push({
        identifier,
        message: `${identifier} on ${operationId} has no reproduction in ${FOLDER}/${identifier}.yaml.`,
      });
    }
  }
  return problems;
}
