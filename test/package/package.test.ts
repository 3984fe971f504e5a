// The packed package, as a user gets it: `npm pack` holds the built code, types, schemas and
// docs/lint and nothing else; installed into an empty project (offline: its dependencies are copied
// from this checkout, so npm has nothing to fetch) it runs `npx irule lint` and `npx irule simulate`,
// the vitest example of docs/api.md, and a strict TypeScript compile of a file importing 'irule'.
// Packs with --ignore-scripts: `npm test` has just built dist/, and rebuilding here would rewrite
// files that other test files are running.
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = new URL('../../', import.meta.url).pathname;
const work = mkdtempSync(join(tmpdir(), 'irule-package-'));
const project = join(work, 'project');
const env = { ...process.env, npm_config_offline: 'true', npm_config_audit: 'false', npm_config_fund: 'false', npm_config_update_notifier: 'false', NO_COLOR: '1' };
let tarball = '';
let files: string[] = [];

const run = (cmd: string, args: string[], cwd = project) => spawnSync(cmd, args, { cwd, encoding: 'utf8', env, timeout: 120_000 });

/** The code block of docs/api.md that follows `<!-- example: NAME -->`. */
function docExample(name: string): string {
  const doc = readFileSync(join(root, 'docs/api.md'), 'utf8');
  const m = new RegExp(`<!-- example: ${name.replace('.', '\\.')} -->\\n\`\`\`ts\\n([\\s\\S]*?)\\n\`\`\``).exec(doc);
  if (!m) throw new Error(`docs/api.md has no example ${name}`);
  return m[1]! + '\n';
}

beforeAll(() => {
  const packed = JSON.parse(execFileSync('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', work], { cwd: root, encoding: 'utf8', env })) as { filename: string; files: { path: string }[] }[];
  tarball = join(work, packed[0]!.filename);
  files = packed[0]!.files.map((f) => f.path);
  mkdirSync(join(project, 'node_modules'), { recursive: true });
  writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'user-project', version: '1.0.0', type: 'module', private: true }));
  // The runtime dependencies (and theirs), copied so that the install needs no network.
  const deps = execFileSync('npm', ['ls', '--omit=dev', '--all', '--parseable'], { cwd: root, encoding: 'utf8', env }).trim().split('\n').slice(1);
  for (const dir of deps) {
    const rel = dir.slice(dir.lastIndexOf('node_modules/'));
    mkdirSync(dirname(join(project, rel)), { recursive: true });
    cpSync(dir, join(project, rel), { recursive: true });
  }
  const install = run('npm', ['install', '--offline', tarball]);
  if (install.status !== 0) throw new Error(`npm install of the tarball failed: ${install.stderr}`);
  cpSync(join(root, 'rules/ai-stream-pin.tcl'), join(project, 'ai-stream-pin.tcl'));
}, 180_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('npm pack', () => {
  it('ships the built JavaScript, declarations, schemas, docs/lint, the launcher and nothing else', () => {
    const outside = files.filter((f) => !/^(dist\/.*\.(js|d\.ts)|bin\/irule|schemas\/[^/]+\.json|docs\/lint\/[^/]+\.md|package\.json|README\.md)$/.test(f));
    expect(outside).toEqual([]);
    expect(files.filter((f) => /^(src|test|bench|fixtures|scripts)\/|^dist\/(bench|cli)\//.test(f))).toEqual([]);
    for (const f of ['dist/index.js', 'dist/index.d.ts', 'dist/bin/irule.js', 'bin/irule', 'schemas/scenario.schema.json', 'docs/lint/README.md']) expect(files).toContain(f);
  });
});

describe('the installed package', () => {
  it('npx irule lint checks a rule (exit 0, its findings listed)', () => {
    const r = run('npx', ['--no-install', 'irule', 'lint', 'ai-stream-pin.tcl']);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/\d+ problem\(s\): 0 error\(s\)/);
  });

  it('npx irule simulate replays a scenario', () => {
    mkdirSync(join(project, 'sc'));
    writeFileSync(
      join(project, 'sc/scenario.yaml'),
      'rules: [../ai-stream-pin.tcl]\nvirtual: { name: /Common/vs, address: 203.0.113.10:443, profiles: { persistence: { type: universal } } }\npool: { name: /Common/p, members: [10.0.1.1:8080, 10.0.1.2:8080] }\n' +
        'traffic:\n  - { t: 0, conn: c1, client: "198.51.100.7:50000", method: POST, uri: /chat, headers: [[X-Conversation-ID, c-1]] }\n  - { t: 1, conn: c2, client: "198.51.100.8:50000", method: POST, uri: /chat, headers: [[X-Conversation-ID, c-1]] }\n',
    );
    const r = run('npx', ['--no-install', 'irule', 'simulate', '--format', 'json', 'sc/scenario.yaml']);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as { member?: string });
    expect(lines.slice(0, 2).map((l) => l.member)).toEqual(['10.0.1.1:8080', '10.0.1.1:8080']);
    expect(lines[2]).toMatchObject({ summary: { requests: 2 } });
  });

  it("docs/api.md's vitest example passes against the installed package", () => {
    writeFileSync(join(project, 'pin.test.ts'), docExample('pin.test.ts'));
    // vitest is the user's dev dependency: linked from this checkout.
    symlinkSync(join(root, 'node_modules/vitest'), join(project, 'node_modules/vitest'));
    const r = run(process.execPath, [join(root, 'node_modules/vitest/vitest.mjs'), 'run', '--root', project, 'pin.test.ts']);
    const out = (r.stdout + r.stderr).replace(/\x1b\[[0-9;]*m/g, '');
    expect(out, out).toMatch(/Tests\s+2 passed \(2\)/);
    expect(r.status).toBe(0);
  });

  it("a strict TypeScript file importing 'irule' compiles with the package's types", () => {
    writeFileSync(
      join(project, 'check.ts'),
      `import { lint, simulate, loadScenario, formatRule, emit, InputError, type Diagnostic, type OutputRecord } from 'irule';
const source = 'when HTTP_REQUEST {\\n  pool p\\n}\\n';
const diagnostics: Diagnostic[] = lint(source, { file: 'p.tcl' }).diagnostics;
const severity: 'error' | 'warning' | 'info' | undefined = diagnostics[0]?.severity;
const run = await simulate({ rules: [{ name: 'p', source }], pool: { members: ['10.0.1.1:80'] }, traffic: [] });
const member: string | null | undefined = run.records[0]?.member;
const records: OutputRecord[] = run.records;
const formatted: string = formatRule(source).output;
const text: string = emit(source, { target: 'tmsh' }).text;
try {
  loadScenario('missing.yaml');
} catch (e) {
  if (e instanceof InputError) {
    const where: string = e.file;
    const line: number | null = e.line;
    const field: string | null = e.field;
    void [where, line, field];
  }
}
// @ts-expect-error: no such target
emit(source, { target: 'nginx' });
void [severity, member, records, formatted, text];
`,
    );
    writeFileSync(
      join(project, 'tsconfig.json'),
      JSON.stringify({ compilerOptions: { strict: true, noEmit: true, target: 'ES2022', module: 'NodeNext', moduleResolution: 'NodeNext', skipLibCheck: false, types: [] }, files: ['check.ts'] }),
    );
    const r = run(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.json']);
    expect(r.stdout + r.stderr).toBe('');
    expect(r.status).toBe(0);
  });
});
