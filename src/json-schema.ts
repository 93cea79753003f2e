/**
 * The JSON Schema of the Document, generated from the zod schema in types.ts. The committed
 * copy in schema/document.schema.json is what other tools read; a test keeps it current.
 */
import { z } from 'zod';
import { DocumentSchema } from './types.js';

export function documentJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(DocumentSchema, { target: 'draft-2020-12' }),
    title: 'nkie Document',
    description: 'One article as nkie extracted it: text, sentences, entities with character offsets, relations.',
  };
}
