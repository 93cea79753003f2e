/**
 * Temporary directories for the tests, all under one root per test file, so that
 * tests/setup.ts can remove them together when the file's tests end, passed or failed.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// made on first use: most test files need no directory
let root: string | undefined;

/** A new empty directory, removed with the others after the test file. */
export function tempDir(prefix = 'nkie-'): string {
  root ??= mkdtempSync(join(tmpdir(), 'nkie-test-'));
  return mkdtempSync(join(root, prefix));
}

/** Removes every directory tempDir made in this test file. */
export function removeTempDirs(): void {
  if (root) rmSync(root, { recursive: true, force: true });
  root = undefined;
}
