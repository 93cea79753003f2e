/**
 * The stage list, in order. Around it: load (input/load.ts) reads files into articles before
 * the first stage, and export (export/) writes the documents after the last.
 */
import { clean } from './clean.js';
import { events } from './events.js';
import type { Stage } from './doc.js';
import { gazetteer } from './gazetteer.js';
import { metadata } from './metadata.js';
import { normalize } from './normalize.js';
import { patterns } from './patterns.js';
import { relations } from './relations.js';
import { tokenize } from './tokenize.js';

export const STAGES: readonly Stage[] = [
  { name: 'clean', run: clean },
  { name: 'metadata', run: metadata },
  { name: 'tokenize', run: tokenize },
  { name: 'gazetteer', run: gazetteer },
  { name: 'patterns', run: patterns },
  { name: 'normalize', run: normalize },
  { name: 'relations', run: relations },
  { name: 'events', run: events },
];
