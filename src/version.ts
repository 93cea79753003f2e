/** nkie's version, from package.json: a module of its own, so the CLI reads it without loading the pipeline. */
import { readFileSync } from 'node:fs';

export const VERSION: string = (JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string }).version;
