/**
 * load: reads an input directory (recursively, in sorted order), a single file, or JSON
 * Lines from a stream (standard input, `--input -`) into articles. A file or line that
 * cannot be read becomes one InputError naming the file (and line, for JSONL and front
 * matter) and the reason; the rest of the batch is unaffected.
 */
import { lstatSync, readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { basename, extname, join, relative, sep } from 'node:path';
import { z } from 'zod';
import type { Article } from '../types.js';
import { decodeBytes } from './decode.js';
import { parseFrontMatter } from './front-matter.js';
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

/** An article with where it came from (line: of a JSONL file or stream), or why none came. */
export type LoadItem = { article: Article; file: string; line: number | null; warnings: InputError[] } | { error: InputError };

/** `--input -`: JSON Lines articles from standard input. */
export const STDIN = '-';
/** The file name standard input's articles and problems are given. */
export const STDIN_NAME = '<stdin>';

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

/** A .txt, .md or .html file's article; plain text may start with front matter (input/front-matter.ts). */
function fromText(text: string, id: string, source: string, ext: string, file: string, warnings: InputError[]): LoadItem {
  if (ext === '.html' || ext === '.htm') {
    const h = htmlToArticle(text);
    const article = { id, source, text: h.text, title: h.title, published: h.published, outlet: h.outlet, url: h.url };
    if (article.text.trim() === '') return { error: { file, line: null, reason: 'no visible text' } };
    return { article, file, line: null, warnings };
  }
  const front = parseFrontMatter(text);
  if (front === null) return { article: { id, source, text, titleFromFirstLine: true }, file, line: null, warnings };
  if (!front.ok) return { error: { file, ...front.problem } };
  if (front.body.trim() === '') return { error: { file, line: null, reason: 'no text after the front matter' } };
  return {
    article: { id, source, text: front.body, titleFromFirstLine: true, ...front.fields },
    file,
    line: null,
    warnings: [...warnings, ...front.warnings.map((w) => ({ file, ...w, warning: true }))],
  };
}

/** One line of JSON Lines (numbered from 1) into its article or error. */
function fromJsonLine(line: string, n: number, file: string, source: string, fallbackId: string, warnings: InputError[]): LoadItem {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (e) {
    return { error: { file, line: n, reason: `malformed JSON: ${(e as Error).message}` } };
  }
  const a = fromJson(value, fallbackId, source);
  if (typeof a === 'string') return { error: { file, line: n, reason: a } };
  return { article: a, file, line: n, warnings: warnings.map((w) => ({ ...w, line: n })) };
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
  const warnings: InputError[] = decoded.warning ? [{ file, line: null, reason: decoded.warning, warning: true }] : [];
  const text = decoded.text;

  if (ext === '.jsonl') {
    const items: LoadItem[] = [];
    text.split(/\r\n|\n|\r/).forEach((line, i) => {
      if (line.trim() !== '') items.push(fromJsonLine(line, i + 1, file, source, `${id}-${i + 1}`, warnings));
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
    return typeof a === 'string' ? [{ error: { file, line: null, reason: a } }] : [{ article: a, file, line: null, warnings }];
  }
  return [fromText(text, id, source, ext, file, warnings)];
}

/**
 * JSON Lines articles from standard input (`--input -`), fed chunk by chunk: the same fields
 * and fallback ids as a .jsonl file named "stdin" ("stdin-17" for line 17 without an id),
 * the problems named "<stdin>" with the line. Lines are split on LF (a CR before it is
 * dropped) before decoding, so that each is decoded, and warned about, on its own; a line
 * over --max-bytes is skipped without being kept, so memory holds one line at most.
 */
export class JsonLineReader {
  private parts: Buffer[] = [];
  private size = 0;
  private line = 0;
  private blank = true;

  constructor(private readonly opts: LoadOptions) {}

  /** The items of the lines this chunk completes. */
  push(chunk: Uint8Array): LoadItem[] {
    const buf = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk);
    const items: LoadItem[] = [];
    let from = 0;
    for (let nl = buf.indexOf(0x0a, from); nl !== -1; nl = buf.indexOf(0x0a, from)) {
      this.take(buf.subarray(from, nl));
      const item = this.endLine();
      if (item) items.push(item);
      from = nl + 1;
    }
    this.take(buf.subarray(from));
    return items;
  }

  /** The items of the last line, and an error when the whole input was blank. */
  end(): LoadItem[] {
    const last = this.size > 0 ? this.endLine() : null;
    const items = last ? [last] : [];
    if (this.blank) items.push({ error: { file: STDIN_NAME, line: null, reason: 'no articles: standard input was empty' } });
    return items;
  }

  private take(part: Buffer): void {
    this.size += part.length;
    if (this.size <= this.opts.maxBytes) this.parts.push(part);
    else this.parts = [];
  }

  private endLine(): LoadItem | null {
    const n = ++this.line;
    const size = this.size;
    const bytes = size > this.opts.maxBytes ? null : Buffer.concat(this.parts);
    this.parts = [];
    this.size = 0;
    const file = STDIN_NAME;
    if (bytes === null) {
      this.blank = false;
      return { error: { file, line: n, reason: `line is ${size} bytes, over --max-bytes ${this.opts.maxBytes}; skipped` } };
    }
    const decoded = decodeBytes(bytes.at(-1) === 0x0d ? bytes.subarray(0, -1) : bytes);
    if (!decoded.ok) {
      this.blank = false;
      return { error: { file, line: n, reason: decoded.reason } };
    }
    if (decoded.text.trim() === '') return null;
    this.blank = false;
    const warnings: InputError[] = decoded.warning ? [{ file, line: n, reason: decoded.warning, warning: true }] : [];
    return fromJsonLine(decoded.text, n, file, file, `stdin-${n}`, warnings);
  }
}

/** JSON Lines articles from a stream, one line at a time (JsonLineReader). */
export async function* loadJsonLineStream(stream: AsyncIterable<Uint8Array>, opts: LoadOptions): AsyncGenerator<LoadItem> {
  const reader = new JsonLineReader(opts);
  for await (const chunk of stream) yield* reader.push(chunk);
  yield* reader.end();
}
