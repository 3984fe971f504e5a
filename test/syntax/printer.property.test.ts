// Printer properties: printing then parsing gives the same tree (modulo positions and whitespace
// in code bodies: printer/normalize.ts), printing is idempotent, and the canonical text does not
// depend on indentation, spacing between words or K&R/`}{` layout. Checked over the rule corpus,
// the differential Tcl cases, random mutations of their layout, and generated rules.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Script, Word } from '../../src/syntax/ast.js';
import type { Dialect } from '../../src/syntax/lexer.js';
import { parseScript } from '../../src/syntax/parser.js';
import { codeWords, parseBody } from '../../src/syntax/walk.js';
import { formatRuleFile, formatScript, sameTree, type FormatResult } from '../../src/syntax/printer.js';
import { armList } from '../../src/syntax/printer/normalize.js';

const root = new URL('../../', import.meta.url).pathname;

function tclFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .sort()
    .flatMap((n) => {
      const p = join(dir, n);
      return statSync(p).isDirectory() ? tclFiles(p) : n.endsWith('.tcl') ? [p] : [];
    });
}

interface Entry {
  name: string;
  src: string;
  dialect: Dialect;
}

const corpus: Entry[] = [
  ...tclFiles(join(root, 'rules')).map((f) => ({ name: f.slice(root.length), src: readFileSync(f, 'utf8'), dialect: 'irule' as const })),
  ...tclFiles(join(root, 'test/lint/clean')).map((f) => ({ name: f.slice(root.length), src: readFileSync(f, 'utf8'), dialect: 'irule' as const })),
  ...tclFiles(join(root, 'test/diff/cases')).map((f) => ({ name: f.slice(root.length), src: readFileSync(f, 'utf8'), dialect: 'tcl' as const })),
];

function fmt(src: string, dialect: Dialect): FormatResult {
  return dialect === 'irule' ? formatRuleFile(src) : formatScript(src, { dialect });
}

/** The printer's contract on one text. Returns the canonical text (or null when it has errors). */
function checkPrint(src: string, dialect: Dialect): string | null {
  const r = fmt(src, dialect);
  expect(r.internalError).toBeUndefined();
  if (r.errors.length > 0) {
    expect(r.output).toBe(src);
    return null;
  }
  expect(sameTree(src, r.output, dialect, dialect === 'irule')).toBeNull();
  const again = fmt(r.output, dialect);
  expect(again.errors).toEqual([]);
  expect(again.output).toBe(r.output);
  expect(again.changed).toBe(false);
  return r.output;
}

/**
 * Offsets of the lines whose leading blanks are layout only: lines that begin a command or a
 * comment of a code body (at any depth), or hold the closing brace of one.
 */
function layoutLines(src: string, dialect: Dialect): Set<number> {
  const starts = new Set<number>();
  const visit = (s: Script) => {
    for (const c of s.comments) starts.add(c.loc.start.offset);
    for (const c of s.commands) {
      starts.add(c.loc.start.offset);
      const bodies: Word[] = [];
      for (const ref of codeWords(c)) {
        if (ref.word.kind !== 'braced') continue;
        if (ref.kind === 'script') bodies.push(ref.word);
        else if (ref.kind === 'arms') for (const a of armList(ref.word, dialect, src) ?? []) if (a.body.kind === 'braced') bodies.push(a.body);
      }
      for (const b of bodies) {
        starts.add(b.loc.end.offset - 1);
        visit(parseBody(b, dialect));
      }
    }
  };
  visit(parseScript(src, { dialect }));
  const lines = new Set<number>();
  let at = 0;
  for (const line of src.split('\n')) {
    const lead = /^[ \t]*/.exec(line)![0].length;
    if (starts.has(at + lead) && !/\\$/.test(src.slice(0, Math.max(0, at - 1)))) lines.add(at);
    at += line.length + 1;
  }
  return lines;
}

/** Replaces the leading blanks of the given lines (by index) with other blanks. */
function reindent(src: string, lines: Set<number>, pick: (k: number) => string): string {
  let at = 0;
  let k = 0;
  return src
    .split('\n')
    .map((line) => {
      const start = at;
      at += line.length + 1;
      if (!lines.has(start)) return line;
      return pick(k++) + line.replace(/^[ \t]*/, '');
    })
    .join('\n');
}

const BLANKS = ['', ' ', '  ', '\t', '    ', ' \t ', '        '];

describe('printer round trip over the corpus', () => {
  it('has a corpus: rules/ and the differential cases', () => {
    expect(corpus.filter((e) => e.dialect === 'irule').length).toBeGreaterThanOrEqual(1);
    expect(corpus.filter((e) => e.dialect === 'tcl').length).toBeGreaterThan(100);
  });

  it('every file prints to the same tree, idempotently (errors: unchanged)', () => {
    const failures: string[] = [];
    for (const e of corpus) {
      try {
        checkPrint(e.src, e.dialect);
      } catch (err) {
        failures.push(`${e.name}: ${(err as Error).message.split('\n')[0]}`);
      }
    }
    expect(failures).toEqual([]);
  });

  it('CRLF copies print to the same text as the LF originals', () => {
    for (const e of corpus.filter((x) => x.dialect === 'irule' || x.name.includes('/control/'))) {
      const lf = fmt(e.src, e.dialect);
      if (lf.errors.length > 0) continue;
      expect(fmt(e.src.replace(/\n/g, '\r\n'), e.dialect).output).toBe(lf.output);
    }
  });

  it('re-indenting command lines at random does not change the canonical text', () => {
    const entries = corpus.filter((e) => fmt(e.src, e.dialect).errors.length === 0);
    const layout = new Map(entries.map((e) => [e.name, layoutLines(e.src, e.dialect)]));
    fc.assert(
      fc.property(fc.constantFrom(...entries), fc.array(fc.constantFrom(...BLANKS), { minLength: 1, maxLength: 30 }), (e, blanks) => {
        const mutated = reindent(e.src, layout.get(e.name)!, (k) => blanks[k % blanks.length]!);
        const canonicalText = fmt(e.src, e.dialect).output;
        expect(checkPrint(mutated, e.dialect)).toBe(canonicalText);
      }),
      { numRuns: 200 },
    );
  });

  it('inserting and removing blank lines keeps the tree and idempotence', () => {
    const entries = corpus.filter((e) => fmt(e.src, e.dialect).errors.length === 0);
    const layout = new Map(entries.map((e) => [e.name, [...layoutLines(e.src, e.dialect)]]));
    fc.assert(
      fc.property(fc.constantFrom(...entries), fc.array(fc.record({ at: fc.nat(), n: fc.integer({ min: 0, max: 3 }) }), { minLength: 1, maxLength: 6 }), (e, edits) => {
        const starts = layout.get(e.name)!;
        let src = e.src;
        // Apply from the end so earlier offsets stay valid.
        const chosen = [...new Map(edits.map((x) => [starts[x.at % starts.length]!, x.n])).entries()].sort((a, b) => b[0] - a[0]);
        for (const [at, n] of chosen) {
          let from = at;
          // Remove the blank lines above, then put n of them back.
          while (from >= 2 && src[from - 1] === '\n' && src[from - 2] === '\n') from--;
          src = src.slice(0, from) + '\n'.repeat(from === 0 ? 0 : n) + src.slice(at);
        }
        const out = checkPrint(src, e.dialect);
        expect(out).not.toBeNull();
      }),
      { numRuns: 200 },
    );
  });
});

// ---- generated rules ------------------------------------------------------------------------------

type GItem = { t: 'comment'; text: string; blank: boolean; semi: boolean } | { t: 'cmd'; cmd: GCmd; blank: boolean; semi: boolean };
interface GScript {
  items: GItem[];
  oneLine: boolean;
}
type GWord = { t: 'bare'; v: string } | { t: 'quoted'; v: string } | { t: 'data'; v: string } | { t: 'subst'; v: string };
type GCmd =
  | { t: 'simple'; words: GWord[] }
  | { t: 'if'; cond: string; then: GScript; elifs: [string, GScript][]; else: GScript | null }
  | { t: 'foreach'; vars: string; list: GWord; body: GScript }
  | { t: 'while'; cond: string; body: GScript }
  | { t: 'catch'; body: GScript; v: string | null }
  | { t: 'switch'; subject: GWord; arms: [string, GScript | null][]; last: GScript };

const ident = fc.constantFrom('a', 'b', 'key', 'conversation_id', 'static::x', 'i');
const bareWord = fc.constantFrom('set', 'log', 'local0.', 'pool', 'p1', 'HTTP::header', 'insert', '1800', 'x-y', '/path/*', 'a.b', 'uie', '$a', '$key', 'a$b', '${a b}');
const quoted = fc.constantFrom('"hello world"', '"$a and [HTTP::uri]"', '"a\\"b"', '"line1\n   line2"', '""', '"x;y"', '"#hash"', '"\\{"');
const data = fc.constantFrom('{a b c}', '{}', '{ spaced  {nested} }', '{\n   multi\n      line\n}', '{#not-a-comment}', '{$not [subst]}', '{^[a-z]{1,3}$}');
const subst = fc.constantFrom('[HTTP::path]', '[HTTP::header value "X-A"]', '[string tolower [HTTP::host]]', '[catch {\n    foo\n  } e]', '[expr {$a + 1}]');
const gword: fc.Arbitrary<GWord> = fc.oneof(
  bareWord.map((v) => ({ t: 'bare' as const, v })),
  quoted.map((v) => ({ t: 'quoted' as const, v })),
  data.map((v) => ({ t: 'data' as const, v })),
  subst.map((v) => ({ t: 'subst' as const, v })),
);
const cond = fc.constantFrom('$a', ' $a eq "" ', '[HTTP::path] starts_with "/ws/" or\n[HTTP::path] starts_with "/chat"', '\n  $a &&\n  $b\n', ' [f\n   g] ', '$i < 3', ' "x\n   y" eq $a ');
const commentText = fc.constantFrom(' a comment', ' with {braces}', ' closing {} brace', '', ' trailing   ', '# double', ' TODO: x;y');

function gscript(depth: number): fc.Arbitrary<GScript> {
  const cmd = gcmd(depth);
  const item: fc.Arbitrary<GItem> = fc.oneof(
    { weight: 1, arbitrary: fc.record({ t: fc.constant('comment' as const), text: commentText, blank: fc.boolean(), semi: fc.boolean() }) },
    { weight: 4, arbitrary: fc.record({ t: fc.constant('cmd' as const), cmd, blank: fc.boolean(), semi: fc.boolean() }) },
  );
  return fc.record({ items: fc.array(item, { maxLength: depth > 1 ? 4 : 2 }), oneLine: fc.boolean() });
}

function gcmd(depth: number): fc.Arbitrary<GCmd> {
  const simple = fc.record({ t: fc.constant('simple' as const), words: fc.array(gword, { minLength: 0, maxLength: 4 }) }).map((c) => ({ ...c, words: [{ t: 'bare' as const, v: 'log' }, ...c.words] }));
  if (depth <= 0) return simple;
  const body = gscript(depth - 1);
  return fc.oneof(
    { weight: 3, arbitrary: simple },
    { weight: 2, arbitrary: fc.record({ t: fc.constant('if' as const), cond, then: body, elifs: fc.array(fc.tuple(cond, body), { maxLength: 2 }), else: fc.option(body, { nil: null }) }) },
    { weight: 1, arbitrary: fc.record({ t: fc.constant('foreach' as const), vars: fc.constantFrom('x', '{a b}'), list: gword, body }) },
    { weight: 1, arbitrary: fc.record({ t: fc.constant('while' as const), cond, body }) },
    { weight: 1, arbitrary: fc.record({ t: fc.constant('catch' as const), body, v: fc.option(ident, { nil: null }) }) },
    {
      weight: 1,
      arbitrary: fc.record({
        t: fc.constant('switch' as const),
        subject: gword,
        arms: fc.array(fc.tuple(fc.constantFrom('a', '"/ws/*"', '{x y}', '-glob'), fc.option(body, { nil: null })), { maxLength: 3 }),
        last: body,
      }),
    },
  );
}

/** Layout noise: everything here is canonicalised away by the printer. */
interface Noise {
  blanks: string[];
  spaces: string[];
  kr: boolean[];
  adjacent: boolean[];
}

class Renderer {
  private k = 0;
  constructor(private readonly noise: Noise) {}
  private next<T>(xs: T[]): T {
    return xs[this.k++ % xs.length]!;
  }
  private lead(): string {
    return this.next(this.noise.blanks);
  }
  private sp(): string {
    return this.next(this.noise.spaces);
  }
  /** Separator between a bare word and a body: blanks, or K&R (the brace on the next line). */
  private afterBare(): string {
    return this.next(this.noise.kr) ? '\n' + this.lead() : this.sp();
  }
  /** Separator before a braced word that follows a braced/quoted word: a space, `}{`, or K&R. */
  private before(body: boolean): string {
    if (body && this.next(this.noise.kr)) return '\n' + this.lead();
    return this.next(this.noise.adjacent) ? '' : this.sp();
  }

  script(s: GScript): string {
    const items = s.oneLine ? s.items.filter((i) => i.t === 'cmd' && !this.multiline(i.cmd)) : s.items;
    if (items.length === 0) return '{' + (s.oneLine ? this.sp() : '') + '}';
    if (s.oneLine) {
      return '{' + this.sp() + items.map((i) => (i.t === 'cmd' ? this.cmd(i.cmd) : '')).join(';' + this.sp()) + this.sp() + '}';
    }
    let out = '{';
    items.forEach((item, n) => {
      const text = item.t === 'comment' ? '#' + item.text : this.cmd(item.cmd);
      const prev = items[n - 1];
      if (n > 0 && item.semi && prev && prev.t === 'cmd') out += this.sp() + ';' + this.sp() + text;
      else out += (item.blank ? '\n\n' : '\n') + this.lead() + text;
    });
    return out + '\n' + this.lead() + '}';
  }

  private multiline(c: GCmd): boolean {
    return c.t !== 'simple' || c.words.some((w) => w.v.includes('\n'));
  }

  private word(w: GWord): string {
    return w.v;
  }

  cmd(c: GCmd): string {
    switch (c.t) {
      case 'simple':
        return c.words.map((w) => this.word(w)).reduce((acc, w) => acc + this.sp() + w);
      case 'if': {
        let out = 'if' + this.sp() + '{' + c.cond + '}' + this.before(true) + this.script(c.then);
        for (const [cc, b] of c.elifs) out += this.sp() + 'elseif' + this.sp() + '{' + cc + '}' + this.before(true) + this.script(b);
        if (c.else) out += this.sp() + 'else' + this.sp() + this.script(c.else);
        return out;
      }
      case 'foreach':
        return 'foreach' + this.sp() + c.vars + this.sp() + this.word(c.list) + this.sp() + this.script(c.body);
      case 'while':
        return 'while' + this.sp() + '{' + c.cond + '}' + this.before(true) + this.script(c.body);
      case 'catch':
        return 'catch' + this.sp() + this.script(c.body) + (c.v ? this.sp() + c.v : '');
      case 'switch': {
        const arms = c.arms.map(([p, b]) => p + this.sp() + (b ? this.script(b) : '-')).concat(['default' + this.sp() + this.script(c.last)]);
        return 'switch' + this.sp() + '--' + this.sp() + this.word(c.subject) + this.sp() + '{\n' + arms.map((a) => this.lead() + a).join('\n') + '\n' + this.lead() + '}';
      }
    }
  }

  rule(handlers: { event: string; body: GScript; comment: string | null; blank: boolean }[]): string {
    return handlers
      .map((h) => (h.comment !== null ? '#' + h.comment + '\n' : '') + 'when' + this.sp() + h.event + this.afterBare() + this.script(h.body) + (h.blank ? '\n' : ''))
      .join('\n')
      .concat('\n');
  }
}

const noise: fc.Arbitrary<Noise> = fc.record({
  blanks: fc.array(fc.constantFrom(...BLANKS), { minLength: 1, maxLength: 8 }),
  spaces: fc.array(fc.constantFrom(' ', '  ', '\t', ' \t'), { minLength: 1, maxLength: 5 }),
  kr: fc.array(fc.boolean(), { minLength: 1, maxLength: 5 }),
  adjacent: fc.array(fc.boolean(), { minLength: 1, maxLength: 5 }),
});

const handlers = fc.array(
  fc.record({ event: fc.constantFrom('HTTP_REQUEST', 'CLIENT_ACCEPTED', 'HTTP_RESPONSE'), body: gscript(3), comment: fc.option(commentText, { nil: null }), blank: fc.boolean() }),
  { minLength: 1, maxLength: 3 },
);

describe('printer properties over generated rules', () => {
  it('generated rules parse, print to the same tree, idempotently', () => {
    fc.assert(
      fc.property(handlers, noise, (hs, n) => {
        const src = new Renderer(n).rule(hs);
        const r = formatRuleFile(src);
        expect(r.errors).toEqual([]);
        checkPrint(src, 'irule');
      }),
      { numRuns: 200 },
    );
  });

  it('the canonical text does not depend on indentation, word spacing, K&R braces or }{', () => {
    fc.assert(
      fc.property(handlers, noise, noise, (hs, n1, n2) => {
        const a = new Renderer(n1).rule(hs);
        const b = new Renderer(n2).rule(hs);
        expect(formatRuleFile(a).output).toBe(formatRuleFile(b).output);
      }),
      { numRuns: 200 },
    );
  });
});
