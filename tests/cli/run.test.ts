import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'fast-csv';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { ENTITY_COLUMNS, ENTITY_TABLE_COLUMNS, RELATION_COLUMNS } from '../../src/export/rows.js';
import { DocumentSchema, type Document } from '../../src/types.js';
import { CLI_TIMEOUT_MS, INPUT_DIR, ROOT, tempDir } from '../helpers.js';

const CLI = join(ROOT, 'dist', 'cli.js');
const nkie = (...args: string[]) => spawnSync(process.execPath, [CLI, ...args], { cwd: ROOT, encoding: 'utf8', timeout: CLI_TIMEOUT_MS });

async function readCsv(path: string): Promise<{ headers: string[]; rows: Record<string, string>[] }> {
  const rows: Record<string, string>[] = [];
  let headers: string[] = [];
  await new Promise<void>((resolve, reject) => {
    const stream = parse({ headers: (h) => ((headers = h as string[]), h) });
    stream.on('data', (r: Record<string, string>) => rows.push(r)).on('end', () => resolve()).on('error', reject);
    stream.end(readFileSync(path));
  });
  return { headers, rows };
}

describe('nkie run over input/ (the output contract)', () => {
  const out = tempDir('nkie-out-');
  let result: ReturnType<typeof nkie>;
  let docs: Document[];
  const inputFiles = readdirSync(INPUT_DIR).filter((f) => /\.(txt|md|html|json|jsonl)$/.test(f));

  beforeAll(() => {
    result = nkie('run', '--input', INPUT_DIR, '--output', out, '--quiet');
    docs = readFileSync(join(out, 'documents.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as Document);
  });

  it('exits 0 and writes every contract file', () => {
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    for (const f of ['documents.jsonl', 'entities.csv', 'relations.csv', 'events.csv', 'entity-table.csv', 'event-table.csv', 'run.json', 'errors.jsonl']) {
      expect(existsSync(join(out, f)), f).toBe(true);
    }
  });

  it('writes one document per article, sorted by id, and no per-article files by default', () => {
    expect(docs.length).toBeGreaterThanOrEqual(inputFiles.length);
    const ids = docs.map((d) => d.id);
    expect(ids).toEqual([...ids].sort());
    expect(existsSync(join(out, 'articles'))).toBe(false);
  });

  it('writes each document pretty-printed to articles/<id>.json with --formats articles, the rest unchanged', () => {
    const withArticles = tempDir('nkie-out-');
    expect(nkie('run', '--input', INPUT_DIR, '--output', withArticles, '--quiet', '--formats', 'articles').status).toBe(0);
    expect(readdirSync(join(withArticles, 'articles')).sort()).toEqual(docs.map((d) => `${d.id}.json`).sort());
    for (const d of docs) expect(readFileSync(join(withArticles, 'articles', `${d.id}.json`), 'utf8')).toBe(JSON.stringify(d, null, 2) + '\n');
    for (const f of ['documents.jsonl', 'entities.csv', 'relations.csv', 'entity-table.csv', 'event-table.csv', 'errors.jsonl']) {
      expect(readFileSync(join(withArticles, f), 'utf8'), f).toBe(readFileSync(join(out, f), 'utf8'));
    }
    // a later run without them removes the files it no longer vouches for
    expect(nkie('run', '--input', INPUT_DIR, '--output', withArticles, '--quiet').status).toBe(0);
    expect(existsSync(join(withArticles, 'articles'))).toBe(false);
  });

  it('validates every document against the schema, with offsets that slice the text', () => {
    const validate = new Ajv2020({ allErrors: true }).compile(JSON.parse(readFileSync(join(ROOT, 'schema', 'document.schema.json'), 'utf8')));
    for (const d of docs) {
      expect(validate(d), `${d.id}: ${JSON.stringify(validate.errors)}`).toBe(true);
      expect(() => DocumentSchema.parse(d), d.id).not.toThrow();
      for (const e of d.entities) {
        expect(d.text.slice(e.start, e.end), `${d.id} ${e.id}`).toBe(e.text);
        const s = d.sentences[e.sentence]!;
        expect(e.start >= s.start && e.end <= s.end, `${d.id} ${e.id} inside its sentence`).toBe(true);
      }
      const ids = new Set(d.entities.map((e) => e.id));
      for (const r of d.relations) expect(ids.has(r.subject) && ids.has(r.object), `${d.id} ${r.id}`).toBe(true);
    }
  });

  it('finds entities in the sample articles', () => {
    expect(docs.reduce((n, d) => n + d.entities.length, 0)).toBeGreaterThan(20);
  });

  it('writes the CSVs with exactly the contract columns, one row per mention and relation', async () => {
    const entities = await readCsv(join(out, 'entities.csv'));
    expect(entities.headers).toEqual([...ENTITY_COLUMNS]);
    expect(entities.rows).toHaveLength(docs.reduce((n, d) => n + d.entities.length, 0));
    const relations = await readCsv(join(out, 'relations.csv'));
    expect(relations.headers).toEqual([...RELATION_COLUMNS]);
    expect(relations.rows).toHaveLength(docs.reduce((n, d) => n + d.relations.length, 0));
    const table = await readCsv(join(out, 'entity-table.csv'));
    expect(table.headers).toEqual([...ENTITY_TABLE_COLUMNS]);
    const mentions = table.rows.reduce((n, r) => n + Number(r.mentions), 0);
    expect(mentions).toBe(entities.rows.length);
  });

  it('records counts, stage timings and the rules fingerprint in run.json', () => {
    const run = JSON.parse(readFileSync(join(out, 'run.json'), 'utf8'));
    expect(run).toMatchObject({ articles: docs.length, errors: [] });
    expect(run.rulesFingerprint).toMatch(/^[0-9a-f]{64}$/);
    expect(Object.keys(run.stageMs)).toEqual(['clean', 'metadata', 'tokenize', 'gazetteer', 'patterns', 'normalize', 'relations', 'events']);
  });

  it('produces byte-identical output on a second run', () => {
    const again = tempDir('nkie-out-');
    expect(nkie('run', '--input', INPUT_DIR, '--output', again, '--quiet').status).toBe(0);
    for (const f of ['documents.jsonl', 'entities.csv', 'relations.csv', 'events.csv', 'entity-table.csv']) {
      expect(readFileSync(join(again, f), 'utf8'), f).toBe(readFileSync(join(out, f), 'utf8'));
    }
  });
});

describe('nkie exit codes and messages', () => {
  it('exits 2 when some inputs fail, naming each file, and still writes the rest', () => {
    const input = tempDir('nkie-in-');
    writeFileSync(join(input, 'good.txt'), 'Title\nPolice in Hyesan arrested two smugglers.');
    writeFileSync(join(input, 'empty.txt'), '');
    writeFileSync(join(input, 'bad.json'), '{"text": ');
    const out = tempDir('nkie-out-');
    const r = nkie('run', '--input', input, '--output', out, '--quiet');
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/empty\.txt: empty file/);
    expect(r.stderr).toMatch(/bad\.json: malformed JSON/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(readFileSync(join(out, 'documents.jsonl'), 'utf8').trim().split('\n')).toHaveLength(1);
    expect(readFileSync(join(out, 'errors.jsonl'), 'utf8').trim().split('\n')).toHaveLength(2);
  });

  it('exits 1 on invalid rules, before reading any article', () => {
    const rules = tempDir('nkie-rules-');
    writeFileSync(join(rules, 'bad.yaml'), 'kind: gazetteer\nentries:\n  - id: x\n    type: PLACE\n');
    const out = join(tempDir('nkie-out-'), 'never');
    const r = nkie('run', '--rules', rules, '--output', out);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/bad\.yaml:3: entry x: field canonical/);
    expect(existsSync(out)).toBe(false);
  });

  it('exits 1 on a missing input directory and on bad arguments', () => {
    expect(nkie('run', '--input', '/nonexistent/dir', '--output', tempDir()).stderr).toMatch(/input not found/);
    expect(nkie('run', '--input', '/nonexistent/dir', '--output', tempDir()).status).toBe(1);
    const bad = nkie('run', '--max-bytes', 'lots');
    expect(bad.status).toBe(1);
    expect(bad.stderr).toMatch(/max-bytes/);
  });

  it('lints the shipped rules', () => {
    const r = nkie('rules', 'lint');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^ok: rules/m);
  });

  it('documents every command in --help', () => {
    const r = nkie('--help');
    for (const cmd of ['run', 'merge', 'schema', 'check', 'rules']) expect(r.stdout).toContain(cmd);
  });
});

/** The options of a command's --help, each with its description unwrapped into one line. */
function helpOptions(...command: string[]): Map<string, string> {
  const r = nkie(...command, '--help');
  expect(r.status).toBe(0);
  const options = new Map<string, string>();
  let current = '';
  for (const line of r.stdout.slice(r.stdout.indexOf('Options:')).split('\n').slice(1)) {
    const start = /^ {2}(-\w, )?(--[\w-]+)/.exec(line);
    if (start) options.set((current = start[2]!), line.trim());
    else if (current && line.trim()) options.set(current, `${options.get(current)} ${line.trim()}`);
  }
  return options;
}

describe('nkie run --help', () => {
  const options = helpOptions('run');

  it('lists every option of run with its real default', () => {
    expect([...options.keys()]).toEqual(['--input', '--output', '--rules', '--max-bytes', '--csv-raw', '--jobs', '--incremental', '--formats', '--shard', '--quiet', '--help']);
    const expected: [string, string][] = [
      ['--input', '(default: "input")'],
      ['--output', '(default: "output")'],
      ['--max-bytes', '(default: 10485760)'],
      ['--csv-raw', '(default: false)'],
      ['--jobs', '(default: 1)'],
      ['--incremental', '(default: false)'],
      ['--formats', '(default: csv,json)'],
      ['--shard', '(default: every article)'],
      ['--quiet', '(default: false)'],
      ['--rules', `(default: ./rules when the current directory has one, else the rules installed with nkie (${join(ROOT, 'rules')}))`],
    ];
    for (const [option, text] of expected) expect(options.get(option), option).toContain(text);
  });

  it.each(['run', 'check', 'merge', 'rules lint'])('shows no default as an object in %s --help', (command) => {
    for (const [option, text] of helpOptions(...command.split(' '))) expect(text, option).not.toMatch(/\{\}|\[object|default: (undefined|null)/);
  });
});

describe('rules without --rules', () => {
  const inDir = (cwd: string, ...args: string[]) => spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', timeout: CLI_TIMEOUT_MS });

  it('are the installed package\'s when the current directory has no rules directory', () => {
    const cwd = tempDir('nkie-cwd-');
    const lint = inDir(cwd, 'rules', 'lint');
    expect(lint.status, lint.stderr).toBe(0);
    expect(lint.stdout).toContain(`ok: ${join(ROOT, 'rules')} `);
    writeFileSync(join(cwd, 'a.txt'), 'Arrests in Hyesan\n\nPolice in Hyesan, Ryanggang Province, seized 500 grams of methamphetamine.');
    const run = inDir(cwd, 'run', '--input', 'a.txt', '--output', 'out', '--quiet');
    expect(run.status, run.stderr).toBe(0);
    const doc = JSON.parse(readFileSync(join(cwd, 'out', 'documents.jsonl'), 'utf8')) as Document;
    expect(doc.entities.map((e) => e.canonical)).toContain('Hyesan');
  });

  it('are ./rules when the current directory has one', () => {
    const cwd = tempDir('nkie-cwd-');
    mkdirSync(join(cwd, 'rules'));
    writeFileSync(join(cwd, 'rules', 'places.yaml'), 'kind: gazetteer\nentries:\n  - { id: musan, type: PLACE, canonical: Musan, level: county, country: KP }\n');
    const lint = inDir(cwd, 'rules', 'lint');
    expect(lint.status, lint.stderr).toBe(0);
    expect(lint.stdout).toMatch(/^PLACE\t1$/m);
    expect(lint.stdout).toMatch(/^ok: rules /m);
    writeFileSync(join(cwd, 'a.txt'), 'Arrests in Hyesan\n\nPolice in Hyesan and Musan seized 500 grams of methamphetamine.');
    expect(inDir(cwd, 'run', '--input', 'a.txt', '--output', 'out', '--quiet').status).toBe(0);
    const doc = JSON.parse(readFileSync(join(cwd, 'out', 'documents.jsonl'), 'utf8')) as Document;
    expect(doc.entities.filter((e) => e.type === 'PLACE').map((e) => e.canonical)).toEqual(['Musan']);
  });
});

describe('nkie run, single inputs', () => {
  it('processes a single file given as --input', () => {
    const dir = tempDir('nkie-in-');
    mkdirSync(join(dir, 'x'));
    writeFileSync(join(dir, 'x', 'one.json'), JSON.stringify({ text: 'Smugglers crossed the Tumen River.', published: '2021-04-02' }));
    const out = tempDir('nkie-out-');
    expect(nkie('run', '--input', join(dir, 'x', 'one.json'), '--output', out, '--quiet').status).toBe(0);
    expect(JSON.parse(readFileSync(join(out, 'documents.jsonl'), 'utf8'))).toMatchObject({ id: 'one', source: 'one.json', published: '2021-04-02' });
  });
});

describe('nkie run --input - (JSON Lines on standard input)', () => {
  const withStdin = (input: string, ...args: string[]) => spawnSync(process.execPath, [CLI, ...args], { cwd: ROOT, encoding: 'utf8', input, timeout: CLI_TIMEOUT_MS });
  const lines = [
    JSON.stringify({ id: 'hyesan', text: 'Police in Hyesan arrested five smugglers.', published: '2021-03-04' }),
    JSON.stringify({ text: 'Three traders were sent to a labor camp in Hoeryong.' }),
    '{"text": "cut off',
    JSON.stringify({ text: 'A woman was fined in Sinuiju.' }),
  ];

  it('processes every good line, names the bad one by its line in errors.jsonl, and exits 2', () => {
    const out = tempDir('nkie-stdin-');
    const r = withStdin(`${lines.join('\n')}\n`, 'run', '--input', '-', '--output', out, '--quiet');
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^nkie: <stdin>:3: malformed JSON/m);
    const errors = readFileSync(join(out, 'errors.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { file: string; line: number });
    expect(errors.map((e) => [e.file, e.line])).toEqual([['<stdin>', 3]]);
    const docs = readFileSync(join(out, 'documents.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as Document);
    expect(docs.map((d) => [d.id, d.source])).toEqual([['hyesan', '<stdin>'], ['stdin-2', '<stdin>'], ['stdin-4', '<stdin>']]);
    expect(docs.find((d) => d.id === 'stdin-4')?.entities.map((e) => e.text)).toContain('Sinuiju');
  });

  it('skips unchanged lines with --incremental, and gives the same output with --jobs 2', () => {
    const input = `${lines.join('\n')}\n`;
    const out = tempDir('nkie-stdin-');
    withStdin(input, 'run', '--input', '-', '--output', out, '--quiet');
    const again = withStdin(input, 'run', '--input', '-', '--output', out, '--incremental');
    expect(again.stdout).toMatch(/3 articles \(3 unchanged, kept\)/);
    const jobs = tempDir('nkie-stdin-');
    withStdin(input, 'run', '--input', '-', '--output', jobs, '--quiet', '--jobs', '2');
    expect(readFileSync(join(jobs, 'documents.jsonl'), 'utf8')).toBe(readFileSync(join(out, 'documents.jsonl'), 'utf8'));
  });

  it('an empty standard input is an error', () => {
    const r = withStdin('', 'run', '--input', '-', '--output', tempDir('nkie-stdin-'), '--quiet');
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/<stdin>: no articles/);
  });
});
