/**
 * Sharding: `--shard K/N` keeps the articles whose id hashes to K of N. The hash is of the id
 * alone, so every machine, run and input order agrees on each article's shard, and the N
 * shards partition any input.
 */
import { createHash } from 'node:crypto';

export interface Shard {
  /** 1-based */
  index: number;
  count: number;
}

const SHARD = /^(\d{1,6})\/(\d{1,6})$/;

/** Parses "K/N"; returns a message for anything else. */
export function parseShard(spec: string): Shard | string {
  const m = SHARD.exec(spec.trim());
  if (!m) return `expected K/N, e.g. 2/8 for the second of eight shards (got "${spec}")`;
  const index = Number(m[1]);
  const count = Number(m[2]);
  if (count < 1 || index < 1 || index > count) return `the shard K/N needs 1 <= K <= N (got ${index}/${count})`;
  return { index, count };
}

export const formatShard = (s: Shard) => `${s.index}/${s.count}`;

/** The 1-based shard of an article id among `count`. */
export function shardOf(id: string, count: number): number {
  // 48 bits of sha256: uniform, exact in a double, identical on every platform
  const h = createHash('sha256').update(id).digest();
  return (h.readUIntBE(0, 6) % count) + 1;
}

export function inShard(id: string, shard: Shard | null): boolean {
  return shard === null || shardOf(id, shard.count) === shard.index;
}
