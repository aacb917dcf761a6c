import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { brandClient, brandClients } from '../src/brand-clients.ts';
import { identifierListProblems } from '../src/identifier-list.ts';
import { unionProblems, unionTypeTest } from '../src/identifier-union.ts';
import { type TypeCheck, typeCheck } from '../src/type-check.ts';
import { brands, contractOf } from './support/contract.ts';

const typeTestDir = fileURLToPath(new URL('../test-results/identifier-unions', import.meta.url));

const unionTests = brands.map((brand) => unionTypeTest(brand, contractOf(brand).specEnum, brandClient(brand)));
// Copies of the spec enum that the committed clients do not match, as when the spec changed and nobody regenerated.
const idenfyGained = unionTypeTest(
  'idenfy',
  [...contractOf('idenfy').specEnum, 'NEW_IDENTIFIER'],
  brandClient('idenfy'),
  'mutated-idenfy-gained.ts',
);
const markIdLost = unionTypeTest(
  'markid',
  contractOf('markid').specEnum.filter((identifier) => identifier !== 'PERMISSIONS_ERROR'),
  brandClient('markid'),
  'mutated-markid-lost.ts',
);

let check: TypeCheck;
beforeAll(() => {
  const tests = [...unionTests, idenfyGained, markIdLost];
  check = typeCheck(new Map(tests.map((test) => [test.file, test.source])), typeTestDir);
});

it('has a generated client for every published brand', () => {
  expect(brands.filter((brand) => !brandClients[brand])).toEqual([]);
});

describe.each(brands)('the %s client', (brand) => {
  const { specEnum } = contractOf(brand);

  it("exports a runtime identifier list equal to the spec's enum", () => {
    expect(identifierListProblems(brand, specEnum, brandClient(brand).identifiers)).toEqual([]);
  });

  it("exports an identifier union equal to the spec's enum (type test)", () => {
    const test = unionTests.find((candidate) => candidate.brand === brand);
    if (!test) throw new Error(`No union type test for ${brand}.`);
    expect(unionProblems(test, check)).toEqual([]);
  });
});

describe('the identifier checks fail with the identifier named', () => {
  const cases: Array<[string, { given: () => string[]; want: string[] }]> = [
    [
      'when the runtime list lost an identifier',
      {
        given: () =>
          identifierListProblems(
            'markid',
            contractOf('markid').specEnum,
            brandClient('markid').identifiers.filter((identifier) => identifier !== 'TOKEN_NOT_VALID'),
          ),
        want: [
          "markid: identifier TOKEN_NOT_VALID: expected in the client's runtime identifier list (spec enum), got missing",
        ],
      },
    ],
    [
      'when the runtime list has an identifier the spec does not',
      {
        given: () =>
          identifierListProblems('idenfy', contractOf('idenfy').specEnum, [
            ...brandClient('idenfy').identifiers,
            'RETIRED_IDENTIFIER',
          ]),
        want: [
          "idenfy: identifier RETIRED_IDENTIFIER: expected absent from the client's runtime list (not in the spec enum), got listed",
        ],
      },
    ],
    [
      'when the runtime list is out of the spec order',
      {
        given: () => identifierListProblems('idenfy', ['BAD_VALUE', 'JSON_ERROR'], ['JSON_ERROR', 'BAD_VALUE']),
        want: [
          'idenfy: runtime identifier list: expected the spec order BAD_VALUE, JSON_ERROR, got JSON_ERROR, BAD_VALUE',
        ],
      },
    ],
    [
      'when the spec gained an identifier the union lacks',
      {
        given: () => unionProblems(idenfyGained, check),
        want: [
          "idenfy: identifier NEW_IDENTIFIER: expected in the client's IdenfyErrorIdentifier (spec enum), got missing",
        ],
      },
    ],
    [
      'when the union has an identifier the spec lost',
      {
        given: () => unionProblems(markIdLost, check),
        want: ['markid: MarkIdErrorIdentifier: expected only the spec enum, got also PERMISSIONS_ERROR'],
      },
    ],
  ];

  it.each(cases)('%s', (_name, { given, want }) => {
    expect(given()).toEqual(want);
  });
});
