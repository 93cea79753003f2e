/**
 * Where the rules are when --rules is not given: ./rules when the current directory has one
 * (a clone of the project, or an analyst's own copy), else the rules installed with nkie, so
 * that an installed `nkie` runs from any directory.
 */
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The package's own rules: src/ and dist/ both sit one level below the package root. */
export const PACKAGE_RULES = fileURLToPath(new URL('../../rules', import.meta.url));

/** `rules` when `cwd` holds a rules directory, else the package's. */
export function defaultRulesDir(cwd = process.cwd()): string {
  return statSync(join(cwd, 'rules'), { throwIfNoEntry: false })?.isDirectory() ? 'rules' : PACKAGE_RULES;
}
