// The argument shapes the dataflow checks look at: which word of `persist` is the key, which words
// of `HTTP::respond` are the body and the headers, which word of `log` is the message, where the
// options of switch/regexp/class/table end.

import { literalValue, type Command, type Loc, type Word } from '../../syntax/ast.js';
import type { CmdRecord, Cond } from './dataflow.js';
import type { Taint } from './taint.js';

function lit(w: Word | undefined): string | undefined {
  return w ? literalValue(w) : undefined;
}

/** The literal value of word `i`, or undefined when it is missing or substituted. */
export function litAt(words: readonly Word[], i: number): string | undefined {
  const w = words[i];
  return w ? literalValue(w) : undefined;
}

/** The key word index of `persist uie|hash|carp KEY` / `persist add uie|hash KEY`, else undefined. */
export function persistKeyIndex(cmd: Command): number | undefined {
  const w = cmd.words;
  const first = lit(w[1]);
  const modes = ['uie', 'hash', 'carp'];
  if (first === 'add') return modes.includes(lit(w[2]) ?? '') && w.length >= 4 ? 3 : undefined;
  return modes.includes(first ?? '') && w.length >= 3 ? 2 : undefined;
}

/** A `persist` key with what the dataflow knows of it (for the persistence-key checks). */
export interface PersistKeySite {
  word: Word;
  /** uie, hash or carp. */
  mode: string;
  taint: Taint;
}

/** Every persistence key of the file, from the dataflow's command records. */
export function persistKeys(commands: readonly CmdRecord[]): PersistKeySite[] {
  const out: PersistKeySite[] = [];
  for (const rec of commands) {
    if (rec.name !== 'persist') continue;
    const i = persistKeyIndex(rec.cmd);
    if (i === undefined) continue;
    out.push({ word: rec.cmd.words[i]!, mode: litAt(rec.cmd.words, i - 1) ?? 'uie', taint: rec.args[i]! });
  }
  return out;
}

export interface RespondShape {
  status: number | undefined;
  /** The index of the `content` body word. */
  body: number | undefined;
  /** Header name/value word indexes. */
  headers: { name: number; value: number }[];
}

/** `HTTP::respond [-reset] STATUS [-version V] [content BODY] [noserver] [NAME VALUE]*`. */
export function respondShape(cmd: Command): RespondShape {
  const w = cmd.words;
  let i = 1;
  while (lit(w[i]) === '-reset') i++;
  const status = i;
  i++;
  const out: RespondShape = { status, body: undefined, headers: [] };
  while (i < w.length) {
    const k = lit(w[i]);
    if (k === 'content' && i + 1 < w.length) {
      out.body = i + 1;
      i += 2;
    } else if (k === '-version' || k === '-reset') i += k === '-version' ? 2 : 1;
    else if (k === 'noserver') i++;
    else if (i + 1 < w.length) {
      out.headers.push({ name: i, value: i + 1 });
      i += 2;
    } else break;
  }
  return out;
}

/** Header name/value word indexes written by `HTTP::header insert [lws] N V ...` / `replace N V`. */
export function headerWrites(cmd: Command): { sub: 'insert' | 'replace'; pairs: { name: number; value: number }[] } | null {
  const w = cmd.words;
  if (lit(w[0]) !== 'HTTP::header') return null;
  const sub = lit(w[1]);
  if (sub === 'replace') return w.length >= 3 ? { sub, pairs: [{ name: 2, value: 3 }] } : null;
  if (sub !== 'insert') return null;
  let i = 2;
  if (lit(w[i]) === 'lws') i++;
  const pairs: { name: number; value: number }[] = [];
  for (; i + 1 < w.length; i += 2) pairs.push({ name: i, value: i + 1 });
  return { sub, pairs };
}

const FACILITY = /^(local[0-7]|user|daemon|auth|authpriv|kern|mail|syslog|cron|ftp|news|uucp|lpr)\.[a-z]*$/i;

/** `log [-noname] [REMOTE] FACILITY.LEVEL MESSAGE` / `log MESSAGE`: the message word index and whether a facility was given. */
export function logShape(cmd: Command): { message: number; facility: string | undefined } | null {
  const w = cmd.words;
  if (w.length < 2) return null;
  let i = 1;
  if (lit(w[i]) === '-noname') i++;
  const rest = w.length - i;
  if (rest === 1) return { message: i, facility: undefined };
  // REMOTE FACILITY MESSAGE or FACILITY MESSAGE
  const fIndex = rest >= 3 ? i + 1 : i;
  const f = lit(w[fIndex]);
  if (f === undefined || !FACILITY.test(f)) return { message: w.length - 1, facility: f };
  return { message: fIndex + 1, facility: f };
}

export interface OptionScan {
  /** The first word that is not an option (the subject), or undefined. */
  subject: number | undefined;
  /** `--` was given before it. */
  terminated: boolean;
}

/** Scans `-opt [value]` words from `start`; `withValue` lists options that take a value. */
export function scanOptions(cmd: Command, start: number, withValue: readonly string[] = []): OptionScan {
  const w = cmd.words;
  let i = start;
  while (i < w.length) {
    const o = lit(w[i]);
    if (o === undefined || !o.startsWith('-')) break;
    if (o === '--') return { subject: i + 1 < w.length ? i + 1 : undefined, terminated: true };
    i += withValue.includes(o) ? 2 : 1;
  }
  return { subject: i < w.length ? i : undefined, terminated: false };
}

/** Source text of a location. */
export function textAt(source: string, loc: Loc): string {
  return source.slice(loc.start.offset, loc.end.offset);
}

/** Source text of the conditions a command runs under (for keyword heuristics). */
export function condTexts(source: string, conds: readonly Cond[]): string[] {
  return conds.map((c) => textAt(source, c.word.loc) + (c.pattern ? ' ' + textAt(source, c.pattern.loc) : ''));
}

/** A word written as plain text (no substitution), with its value. */
export function literalText(w: Word | undefined): string | undefined {
  return w ? literalValue(w) : undefined;
}
