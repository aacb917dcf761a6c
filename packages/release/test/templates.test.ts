/** The partner texts: placeholders filled or refused, README code cut from the smoke programs. */
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { currentRelease } from '../src/artefacts.ts';
import {
  brandValues,
  fill,
  readme,
  readmeExample,
  type SmokeProgram,
  smokeProgram,
  smokePrograms,
} from '../src/templates.ts';

describe('fill', () => {
  it('replaces every placeholder with its value', () => {
    expect(fill('{{a}} and {{b}}, {{a}}', { a: '1', b: '2' })).toBe('1 and 2, 1');
  });

  it('refuses a placeholder without a value, naming the template', () => {
    expect(() => fill('{{missing}}', {}, 'templates/x.md')).toThrow('templates/x.md: no value for {{missing}}.');
  });
});

describe('readmeExample', () => {
  const cases: Array<[name: string, { given: string; want: string }]> = [
    ['one region', { given: 'a\n// readme:start\nb\nc\n// readme:end\nd\n', want: 'b\nc' }],
    [
      'two regions, Python comments, indented markers',
      { given: '# readme:start\nx\n  # readme:end\ny\n# readme:start\nz\n# readme:end\n', want: 'x\n\nz' },
    ],
  ];
  it.each(cases)('cuts %s', (_name, { given, want }) => {
    expect(readmeExample(given)).toBe(want);
  });

  const broken: Array<[name: string, given: string]> = [
    ['no region', 'a\nb\n'],
    ['an end first', '// readme:end\n// readme:start\n'],
    ['a region left open', '// readme:start\na\n'],
  ];
  it.each(broken)('refuses %s', (_name, given) => {
    expect(() => readmeExample(given)).toThrow();
  });
});

describe.each(currentRelease().brands)('the texts of $brand.name', (brandRelease) => {
  const release = currentRelease();
  const values = { ...brandValues(release, brandRelease), requiresPython: '>=3.11', phpVersion: '>=8.1' };

  it.each(Object.keys(smokePrograms) as SmokeProgram[])('fill every placeholder of the %s smoke program', (program) => {
    const source = smokeProgram(program, values);
    expect(source).not.toMatch(/\{\{\w+\}\}/);
    expect(source).toContain(brandRelease.brand.id);
  });

  it('make a client smoke program that parses as TypeScript', () => {
    const { diagnostics = [] } = ts.transpileModule(smokeProgram('client', values), {
      reportDiagnostics: true,
      compilerOptions: { module: ts.ModuleKind.NodeNext, target: ts.ScriptTarget.ES2022 },
    });
    expect(diagnostics.map((diagnostic) => ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'))).toEqual([]);
  });

  const readmes: Array<[name: string, program?: SmokeProgram]> = [
    ['client', 'client'],
    ['python', 'python'],
    ['php', 'php'],
    ['sandbox'],
  ];
  it.each(readmes)('show in the %s README only code its smoke program runs', (name, program) => {
    const text = readme(name, values, program);
    const blocks = [...text.matchAll(/```(?:ts|python|php)\n([\s\S]*?)\n```/g)].map(([, code]) => code ?? '');
    expect(blocks).toEqual(program ? [readmeExample(smokeProgram(program, values))] : []);
    expect(text).toContain(brandRelease.contact.homepage);
  });
});
