/**
 * The English word list (an-array-of-english-words, ~275,000 words) that tells an ordinary
 * word from a name: "china" and "orang" are English words, "Hoeryong" is not.
 */
import { createRequire } from 'node:module';

export const ENGLISH_WORDS: ReadonlySet<string> = new Set(createRequire(import.meta.url)('an-array-of-english-words') as string[]);
