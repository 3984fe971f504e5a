// IR3006: non-ASCII characters outside comments. BIG-IP stores and re-encodes rule text through
// tmsh, iControl REST and the GUI; characters outside ASCII (smart quotes pasted from a document,
// non-breaking spaces, en dashes) are mangled or change the meaning of the line: a smart quote is
// not a Tcl quote, a non-breaking space does not separate words.

import type { Loc, Pos, Script } from '../../syntax/ast.js';
import { parseScript } from '../../syntax/parser.js';
import { codeWords, parseBody, switchArms } from '../../syntax/walk.js';
import type { Check } from '../types.js';

const NAMES: Record<number, string> = {
  0x2018: 'a curly single quote (use \')',
  0x2019: 'a curly single quote (use \')',
  0x201c: 'a curly double quote (use ")',
  0x201d: 'a curly double quote (use ")',
  0x00a0: 'a non-breaking space (use a plain space)',
  0x2013: 'an en dash (use -)',
  0x2014: 'an em dash (use -)',
  0x2026: 'an ellipsis (use ...)',
  0xfeff: 'a byte-order mark (save the file as UTF-8 without BOM)',
  0x200b: 'a zero-width space (delete it)',
};

/** Every comment of every script in the file (nested bodies included), as [start, end) offsets. */
function commentRanges(scripts: Script[]): [number, number][] {
  const out: [number, number][] = [];
  const visit = (s: Script) => {
    for (const c of s.comments) out.push([c.loc.start.offset, c.loc.end.offset]);
    for (const cmd of s.commands) {
      for (const w of cmd.words) for (const p of w.parts) if (p.type === 'command') visit(p.script);
      for (const ref of codeWords(cmd)) {
        if (ref.word.kind !== 'braced' || ref.kind === 'expr') continue;
        if (ref.kind === 'arms') {
          for (const arm of switchArms(ref.word, 'irule')) if (arm.body.kind === 'braced') visit(parseBody(arm.body, 'irule'));
        } else visit(parseBody(ref.word, 'irule'));
      }
    }
  };
  scripts.forEach(visit);
  return out.sort((a, b) => a[0] - b[0]);
}

export const nonAsciiCharacter: Check = {
  meta: {
    code: 'IR3006',
    name: 'non-ascii-character',
    category: 'security',
    severity: 'warning',
    description: 'A non-ASCII character appears outside a comment.',
    help: {
      why: 'Rule text goes through tmsh, iControl REST, the GUI and editors that do not agree on encodings; characters outside ASCII are mangled on the way, and lookalikes pasted from documents change the meaning of the code: a curly quote is not a Tcl quote, a non-breaking space does not separate words. Write such characters as escapes (`\\u00e9`) in strings and use plain ASCII in code.',
      bad: 'when HTTP_REQUEST {\n  if { [HTTP::path] eq \u201c/health\u201d } {\n    HTTP::respond 200 content "ok"\n  }\n}',
      good: 'when HTTP_REQUEST {\n  # \u00e9t\u00e9: comments may hold any text\n  if { [HTTP::path] eq "/health" } {\n    HTTP::respond 200 content "caf\\u00e9 ok"\n  }\n}',
    },
  },
  run(ctx) {
    const src = ctx.source;
    const re = /[^\x00-\x7f]+/g;
    if (!/[^\x00-\x7f]/.test(src)) return;
    const scripts = ctx.parsed.rules.flatMap((r) => [r.script, ...r.handlers.map((h) => parseBody(h.body, 'irule')), ...r.procs.map((p) => parseBody(p.body, 'irule'))]);
    // `ltm rule NAME { ... }` files: the comments around the wrappers belong to the file's top level.
    if (ctx.parsed.rules.some((r) => r.name !== undefined)) scripts.push(parseScript(src, { dialect: 'irule' }));
    const ranges = commentRanges(scripts);
    const inComment = (offset: number) => {
      let lo = 0;
      let hi = ranges.length - 1;
      while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        const [s, e] = ranges[mid]!;
        if (offset < s) hi = mid - 1;
        else if (offset >= e) lo = mid + 1;
        else return true;
      }
      return false;
    };
    // Line starts, to turn offsets into positions.
    const lineStarts = [0];
    for (let i = 0; i < src.length; i++) if (src.charCodeAt(i) === 10) lineStarts.push(i + 1);
    const pos = (offset: number): Pos => {
      let lo = 0;
      let hi = lineStarts.length - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (lineStarts[mid]! <= offset) lo = mid;
        else hi = mid - 1;
      }
      return { line: lo + 1, column: offset - lineStarts[lo]! + 1, offset };
    };
    for (let m = re.exec(src); m; m = re.exec(src)) {
      if (inComment(m.index)) continue;
      const cp = m[0].codePointAt(0)!;
      const loc: Loc = { start: pos(m.index), end: pos(m.index + m[0].length) };
      const hex = `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`;
      const what = NAMES[cp] ? `${NAMES[cp]}` : `write it as an escape (\\u${cp.toString(16).padStart(4, '0')}) or use ASCII`;
      ctx.report(loc, `non-ASCII character ${hex} "${String.fromCodePoint(cp)}" outside a comment: BIG-IP tools and editors mangle it; ${what}`);
    }
  },
};
