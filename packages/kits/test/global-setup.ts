/**
 * Prepares the Python kit's virtual environment once, before any test file runs (two files use it, and two
 * `python -m venv` or `pip install` at once in one folder would collide), and hands the outcome to the tests.
 */
import type { TestProject } from 'vitest/node';
import { type PythonVenv, preparePythonVenv } from './support/toolchains.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    pythonVenv: PythonVenv;
  }
}

export default function setup(project: TestProject): void {
  project.provide('pythonVenv', preparePythonVenv());
}
