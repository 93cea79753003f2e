import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { documentJsonSchema } from '../src/json-schema.js';
import { ROOT } from './helpers.js';

describe('schema/document.schema.json', () => {
  it('is the schema generated from the types (run `npm run schema` after changing src/types.ts)', () => {
    const committed = JSON.parse(readFileSync(join(ROOT, 'schema', 'document.schema.json'), 'utf8'));
    expect(committed).toEqual(documentJsonSchema());
  });
});
