/**
 * load: reads an input directory (recursively, in sorted order) or a single file into
 * articles. A file that cannot be read becomes one InputError naming the file (and line, for
 * JSONL) and the reason; the rest of the batch is unaffected.
 */
import { lstatSync, readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { basename, extname, join, relative, sep } from 'node:path';
import { z } from 'zod';
import type { Article } from '../types.js';
import { decodeBytes } from './decode.js';
import { htmlToArticle } from './html.js';

/** --max-bytes when not given: larger input files are skipped. */
export const DEFAULT_MAX_BYTES = 10 * 1024 * 1024;

export const INPUT_EXTENSIONS = ['.txt', '.md', '.html', '.htm', '.json', '.jsonl'] as const;

export interface InputError {
  file: string;
  line: number | null;
  reason: string;
  /** a warning still produced an article */
  warning?: boolean;
}

export type LoadItem = { article: Article; warning: InputError | null } | { error: InputError };

export interface LoadOptions {
  maxBytes: number;
}

const JsonArticleSchema = z.object({
  text: z.string().refine((t) => t.trim().length > 0, 'is empty'),
  id: z.union([z.string(), z.number()]).optional(),
  title: z.string().nullable().optional(),
  url: z.string().nullable().optional(),
  published: z.string().nullable().optional(),
  outlet: z.string().nullable().optional(),
  author: z.string().nullable().optional(),
}).passthrough();

/** Ids are restricted to [A-Za-z0-9._-]; other characters become "_", and no id starts with a dot. */
export function safeId(raw: string): string {
  const id = raw.normalize('NFC').replace(/[^A-Za-z0-9._-]/g, '_').replace(/^\.+/, '_');
  return id.length === 0 ? '_' : id.slice(0, 200);
}

function isoDay(value: string | null | undefined): string | null {
  if (!value) return null;
  const m = /^(\d{4}-\d{2}-\d{2})/.exec(value.trim());
  if (!m) return null;
  const d = new Date(`${m[1]}T00:00:00Z`);
  return Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== m[1] ? null : m[1]!;
}

function zodReason(err: z.ZodError): string {
  return err.issues.map((i) => `${i.path.join('.') || 'object'}: ${i.message}`).join('; ');
}

/** Every input file under root, sorted, following directory symlinks at most once. */
export function listInputFiles(root: string): { files: string[]; errors: InputError[] } {
  const files: string[] = [];
  const errors: InputError[] = [];
  const rootStat = statSync(root);
  if (!rootStat.isDirectory()) return { files: [root], errors };
  const visited = new Set<string>();
  const walk = (dir: string) => {
    let real: string;
    try {
      real = realpathSync(dir);
    } catch (e) {
      errors.push({ file: dir, line: null, reason: `cannot resolve (${(e as NodeJS.ErrnoException).code})` });
      return;
    }
    if (visited.has(real)) {
      errors.push({ file: dir, line: null, reason: 'directory symlink loop, skipped' });
      return;
    }
    visited.add(real);
    let names: string[];
    try {
      names = readdirSync(dir).sort();
    } catch (e) {
      errors.push({ file: dir, line: null, reason: `cannot read directory (${(e as NodeJS.ErrnoException).code})` });
      return;
    }
    for (const name of names) {
      const p = join(dir, name);
      let st;
      try {
        st = statSync(p);
      } catch (e) {
        const code = (e as NodeJS.ErrnoException).code;
        const link = lstatSync(p, { throwIfNoEntry: false })?.isSymbolicLink();
        errors.push({ file: p, line: null, reason: code === 'ELOOP' ? 'symlink loop, skipped' : link ? `broken symlink (${code})` : `cannot read (${code})` });
        continue;
      }
      if (st.isDirectory()) walk(p);
      else if (st.isFile() && (INPUT_EXTENSIONS as readonly string[]).includes(extname(name).toLowerCase())) files.push(p);
    }
  };
  walk(root);
  return { files, errors };
}

function fromText(text: string, id: string, source: string, ext: string): Article {
  if (ext === '.html' || ext === '.htm') {
    const h = htmlToArticle(text);
    return { id, source, text: h.text, title: h.title, published: h.published, outlet: h.outlet, url: h.url };
  }
  return { id, source, text, titleFromFirstLine: true };
}

function fromJson(value: unknown, fallbackId: string, source: string): Article | string {
  const parsed = JsonArticleSchema.safeParse(value);
  if (!parsed.success) return zodReason(parsed.error);
  const v = parsed.data;
  return {
    id: v.id === undefined ? fallbackId : safeId(String(v.id)),
    source,
    text: v.text,
    title: v.title ?? null,
    url: v.url ?? null,
    published: isoDay(v.published),
    outlet: v.outlet ?? null,
    author: v.author ?? null,
  };
}

/** Reads one file into its articles. */
export function loadFile(path: string, root: string, opts: LoadOptions): LoadItem[] {
  const source = (relative(root, path) || basename(path)).split(sep).join('/');
  const file = path;
  const ext = extname(path).toLowerCase();
  const id = safeId(basename(path, extname(path)));
  let bytes: Buffer;
  try {
    const size = statSync(path).size;
    if (size > opts.maxBytes) return [{ error: { file, line: null, reason: `file is ${size} bytes, over --max-bytes ${opts.maxBytes}; skipped` } }];
    bytes = readFileSync(path);
  } catch (e) {
    return [{ error: { file, line: null, reason: `cannot read (${(e as NodeJS.ErrnoException).code ?? String(e)})` } }];
  }
  const decoded = decodeBytes(bytes);
  if (!decoded.ok) return [{ error: { file, line: null, reason: decoded.reason } }];
  const warning: InputError | null = decoded.warning ? { file, line: null, reason: decoded.warning, warning: true } : null;
  const text = decoded.text;

  if (ext === '.jsonl') {
    const items: LoadItem[] = [];
    const lines = text.split(/\r\n|\n|\r/);
    lines.forEach((line, i) => {
      if (line.trim() === '') return;
      let value: unknown;
      try {
        value = JSON.parse(line);
      } catch (e) {
        items.push({ error: { file, line: i + 1, reason: `malformed JSON: ${(e as Error).message}` } });
        return;
      }
      const a = fromJson(value, `${id}-${i + 1}`, source);
      if (typeof a === 'string') items.push({ error: { file, line: i + 1, reason: a } });
      else items.push({ article: a, warning: warning && { ...warning, line: i + 1 } });
    });
    if (items.length === 0) return [{ error: { file, line: null, reason: 'empty file' } }];
    return items;
  }
  if (text.trim() === '') return [{ error: { file, line: null, reason: 'empty file' } }];
  if (ext === '.json') {
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (e) {
      return [{ error: { file, line: null, reason: `malformed JSON: ${(e as Error).message}` } }];
    }
    const a = fromJson(value, id, source);
    return typeof a === 'string' ? [{ error: { file, line: null, reason: a } }] : [{ article: a, warning }];
  }
  const article = fromText(text, id, source, ext);
  if (article.text.trim() === '') return [{ error: { file, line: null, reason: 'no visible text' } }];
  return [{ article, warning }];
}
