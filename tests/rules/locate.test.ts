import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultRulesDir, PACKAGE_RULES } from '../../src/rules/locate.js';
import { ROOT, tempDir } from '../helpers.js';

describe('defaultRulesDir', () => {
  it('finds the package rules from its own root, wherever it is called from', () => {
    expect(PACKAGE_RULES).toBe(join(ROOT, 'rules'));
  });

  it('prefers ./rules when the current directory has a rules directory', () => {
    const cwd = tempDir();
    mkdirSync(join(cwd, 'rules'));
    expect(defaultRulesDir(cwd)).toBe('rules');
  });

  it.each([
    ['no rules', () => tempDir()],
    ['a file named rules', () => {
      const cwd = tempDir();
      writeFileSync(join(cwd, 'rules'), 'not a directory');
      return cwd;
    }],
  ])('falls back to the package rules with %s in the current directory', (_, cwd) => {
    expect(defaultRulesDir(cwd())).toBe(PACKAGE_RULES);
  });
});
