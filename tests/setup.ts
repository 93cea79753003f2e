/**
 * Run before every test file (vitest.config.ts setupFiles). Registered here, first, the
 * removal runs after the file's own afterAll hooks (vitest runs them in reverse order), so a
 * browser the file closes there is no longer writing into its directory.
 */
import { afterAll } from 'vitest';
import { removeTempDirs } from './temp.js';

afterAll(removeTempDirs);
