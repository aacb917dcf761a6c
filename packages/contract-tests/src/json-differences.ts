/** Where two JSON values differ, as JSON pointers with both values, so a message can name the drifted field. */
import { pointerSegment } from '@error-contract/spec/validator';

export interface Difference {
  pointer: string;
  expected: unknown;
  actual: unknown;
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

export function jsonDifferences(expected: unknown, actual: unknown, pointer = ''): Difference[] {
  if (Array.isArray(expected) && Array.isArray(actual)) {
    const length = Math.max(expected.length, actual.length);
    return Array.from({ length }, (_, index) =>
      jsonDifferences(expected[index], actual[index], `${pointer}/${index}`),
    ).flat();
  }
  if (isObject(expected) && isObject(actual)) {
    const keys = new Set([...Object.keys(expected), ...Object.keys(actual)]);
    return [...keys].flatMap((key) => jsonDifferences(expected[key], actual[key], `${pointer}/${pointerSegment(key)}`));
  }
  return Object.is(expected, actual) ? [] : [{ pointer: pointer || '/', expected, actual }];
}
