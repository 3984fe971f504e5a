// Data groups (docs/bigip-reference.md §8.2): `class` and the deprecated `matchclass` / `findclass`, over the data
// groups on `host.datagroups` (string, address and integer groups).
//
// `class match ITEM OP DG` applies the operator to the item ("does the URI end with an element of
// DG"); `class search DG OP ITEM` applies it to the elements ("does DG hold an element that starts
// with the URI"). For `equals` the two are the same. On an address group, `equals` means "the
// item's address lies in the record's network" and the most specific network wins; on an integer
// group it compares numbers. Records are scanned in the order the host gives them; indexes are
// 0-based into that order. See docs/behaviour/utilities.md for sources and open questions.

import { TclError, wrongArgs } from '../../tcl/errors.js';
import type { CommandDef, Interp } from '../../tcl/interp.js';
import { getSmallInt } from '../../tcl/numbers.js';
import { globMatch } from '../../tcl/strings/glob.js';
import { TclList, str, type Value } from '../../tcl/value.js';
import { hostOf, type DataGroup } from '../host.js';
import { networkContains, parseNetwork, type IpNetwork } from './ipaddr.js';

export type ClassOperator = 'equals' | 'starts_with' | 'ends_with' | 'contains';
const OPERATORS: readonly ClassOperator[] = ['equals', 'starts_with', 'ends_with', 'contains'];

/** `match`: the operator tests the item against each element; `search`: each element against the item. */
export type ClassDirection = 'match' | 'search';

type Record_ = DataGroup['records'][number];

// ---- lookup structures, built once per data group -------------------------------------------------

interface Prepared {
  /** The records array these were built from (rebuilt if the host swaps it). */
  records: Record_[];
  count: number;
  /** First index of each exact key (string groups). */
  exact?: Map<string, number>;
  /** Parsed networks (address groups); null where a record does not parse. */
  nets?: (IpNetwork | null)[];
  /** Parsed integers (integer groups). */
  ints?: (bigint | null)[];
}

const prepared = new WeakMap<DataGroup, Prepared>();

function prepare(dg: DataGroup): Prepared {
  const hit = prepared.get(dg);
  if (hit && hit.records === dg.records && hit.count === dg.records.length) return hit;
  const p: Prepared = { records: dg.records, count: dg.records.length };
  if (dg.type === 'ip') p.nets = dg.records.map((r) => parseNetwork(r.key));
  else if (dg.type === 'integer') p.ints = dg.records.map((r) => toBigInt(r.key));
  else {
    p.exact = new Map();
    dg.records.forEach((r, i) => {
      if (!p.exact!.has(r.key)) p.exact!.set(r.key, i);
    });
  }
  prepared.set(dg, p);
  return p;
}

/** A decimal integer (data-group integers are decimal: "010" is ten, not Tcl's octal eight). */
function toBigInt(s: string): bigint | null {
  const m = /^\s*([+-]?[0-9]+)\s*$/.exec(s);
  return m ? BigInt(m[1]!) : null;
}

function stringTest(op: ClassOperator, subject: string, other: string): boolean {
  switch (op) {
    case 'equals':
      return subject === other;
    case 'starts_with':
      return subject.startsWith(other);
    case 'ends_with':
      return subject.endsWith(other);
    case 'contains':
      return subject.includes(other);
  }
}

/**
 * Indexes of the records that match, best first: for `equals` on an address group the most
 * specific network first, otherwise in record order. `all` = false stops at the first.
 */
export function matchRecords(dg: DataGroup, item: string, op: ClassOperator, dir: ClassDirection, all: boolean): number[] {
  const p = prepare(dg);
  const recs = dg.records;
  if (op === 'equals') {
    if (dg.type === 'ip') return matchAddress(p, item, all);
    if (dg.type === 'integer') {
      const n = toBigInt(item);
      if (n === null) return [];
      const out: number[] = [];
      for (let i = 0; i < recs.length; i++) {
        if (p.ints![i] === n) {
          out.push(i);
          if (!all) break;
        }
      }
      return out;
    }
    if (!all) {
      const i = p.exact!.get(item);
      return i === undefined ? [] : [i];
    }
  }
  // Partial operators compare the text of the keys, whatever the group's type.
  const out: number[] = [];
  for (let i = 0; i < recs.length; i++) {
    const key = recs[i]!.key;
    const hit = dir === 'match' ? stringTest(op, item, key) : stringTest(op, key, item);
    if (hit) {
      out.push(i);
      if (!all) break;
    }
  }
  return out;
}

function matchAddress(p: Prepared, item: string, all: boolean): number[] {
  const addr = parseNetwork(item);
  if (!addr) return [];
  const hits: number[] = [];
  p.nets!.forEach((net, i) => {
    if (net && networkContains(net, addr)) hits.push(i);
  });
  // Longest prefix first; equal prefixes keep record order (sort is stable).
  hits.sort((a, b) => p.nets![b]!.prefix - p.nets![a]!.prefix);
  return all ? hits : hits.slice(0, 1);
}

// ---- data group names -----------------------------------------------------------------------------

/** Finds a data group by the name a rule uses: `dg`, `/Common/dg`, or the old `$::dg` / `::dg`. */
function findDataGroup(groups: Map<string, DataGroup>, name: string): DataGroup | undefined {
  const bare = name.replace(/^\$?::/, '');
  const direct = groups.get(bare);
  if (direct) return direct;
  if (bare.startsWith('/Common/')) return groups.get(bare.slice('/Common/'.length));
  if (!bare.startsWith('/')) return groups.get(`/Common/${bare}`);
  return undefined;
}

function noSuchGroup(name: string): TclError {
  return new TclError(`class: no such data group "${name}"`, ['IRULE', 'CLASS', 'NOGROUP', name]);
}

function dataGroup(interp: Interp, v: Value): DataGroup {
  const name = str(v);
  const dg = findDataGroup(hostOf(interp).datagroups, name);
  if (!dg) throw noSuchGroup(name);
  return dg;
}

function operator(v: Value): ClassOperator {
  const s = str(v);
  if ((OPERATORS as readonly string[]).includes(s)) return s as ClassOperator;
  throw new TclError(`bad operator "${s}": must be equals, starts_with, ends_with, or contains`, ['IRULE', 'CLASS', 'OPERATOR']);
}

// ---- result shapes ------------------------------------------------------------------------------

type Shape = 'bool' | 'index' | 'name' | 'value' | 'element';

function shaped(dg: DataGroup, i: number, shape: Shape): Value {
  const r = dg.records[i]!;
  switch (shape) {
    case 'index':
      return i;
    case 'name':
      return r.key;
    case 'value':
      return r.value;
    default:
      return new TclList([r.key, r.value]);
  }
}

// ---- class --------------------------------------------------------------------------------------

const SUBCOMMANDS = ['match', 'search', 'lookup', 'element', 'type', 'exists', 'size', 'names', 'get', 'startsearch', 'nextelement', 'anymore', 'donesearch'];

function classMatchOrSearch(interp: Interp, argv: Value[], dir: ClassDirection): Value {
  let shape: Shape = 'bool';
  let all = false;
  let i = 2;
  for (; i < argv.length - 3; i++) {
    const o = str(argv[i]!);
    if (o === '--') {
      i++;
      break;
    }
    if (o === '-index' || o === '-name' || o === '-value' || o === '-element') shape = o.slice(1) as Shape;
    else if (o === '-all') all = true;
    else throw new TclError(`bad option "${o}": must be -index, -name, -value, -element, -all, or --`, ['IRULE', 'CLASS', 'OPTION']);
  }
  if (argv.length - i !== 3) {
    throw wrongArgs(dir === 'match'
      ? 'class match ?-index|-name|-value|-element? ?-all? ?--? item operator class'
      : 'class search ?-index|-name|-value|-element? ?-all? ?--? class operator item');
  }
  const itemV = dir === 'match' ? argv[i]! : argv[i + 2]!;
  const dg = dataGroup(interp, dir === 'match' ? argv[i + 2]! : argv[i]!);
  const op = operator(argv[i + 1]!);
  const hits = matchRecords(dg, str(itemV), op, dir, all);
  if (shape === 'bool') return hits.length > 0 ? 1 : 0;
  if (all) return new TclList(hits.map((h) => shaped(dg, h, shape)));
  return hits.length > 0 ? shaped(dg, hits[0]!, shape) : '';
}

function classElement(interp: Interp, argv: Value[]): Value {
  let shape: Shape = 'element';
  let i = 2;
  for (; i < argv.length - 2; i++) {
    const o = str(argv[i]!);
    if (o === '--') {
      i++;
      break;
    }
    if (o === '-name' || o === '-value') shape = o.slice(1) as Shape;
    else throw new TclError(`bad option "${o}": must be -name, -value, or --`, ['IRULE', 'CLASS', 'OPTION']);
  }
  if (argv.length - i !== 2) throw wrongArgs('class element ?-name|-value? ?--? index class');
  const index = getSmallInt(argv[i]!);
  const dg = dataGroup(interp, argv[i + 1]!);
  if (index < 0 || index >= dg.records.length) return '';
  return shaped(dg, index, shape);
}

function classNamesOrGet(interp: Interp, argv: Value[], sub: 'names' | 'get'): Value {
  let i = 2;
  let nocase = false;
  if (argv.length > i && str(argv[i]!) === '-nocase') {
    nocase = true;
    i++;
  }
  const rest = argv.length - i;
  if (rest < 1 || rest > 2) throw wrongArgs(`class ${sub} ?-nocase? class ?pattern?`);
  const dg = dataGroup(interp, argv[i]!);
  const pattern = rest === 2 ? str(argv[i + 1]!) : null;
  const out: Value[] = [];
  for (const r of dg.records) {
    if (pattern !== null && !globMatch(pattern, r.key, nocase)) continue;
    out.push(sub === 'names' ? r.key : new TclList([r.key, r.value]));
  }
  return new TclList(out);
}

function classCommand(interp: Interp, argv: Value[]): Value {
  if (argv.length < 2) throw wrongArgs('class subcommand ?arg ...?');
  const sub = str(argv[1]!);
  const one = (usage: string): DataGroup => {
    if (argv.length !== 3) throw wrongArgs(usage);
    return dataGroup(interp, argv[2]!);
  };
  switch (sub) {
    case 'match':
      return classMatchOrSearch(interp, argv, 'match');
    case 'search':
      return classMatchOrSearch(interp, argv, 'search');
    case 'lookup': {
      // F5: equivalent to `class match -value ITEM equals CLASS`.
      if (argv.length !== 4) throw wrongArgs('class lookup item class');
      const dg = dataGroup(interp, argv[3]!);
      const hits = matchRecords(dg, str(argv[2]!), 'equals', 'match', false);
      return hits.length > 0 ? dg.records[hits[0]!]!.value : '';
    }
    case 'element':
      return classElement(interp, argv);
    case 'type':
      return one('class type class').type;
    case 'exists':
      if (argv.length !== 3) throw wrongArgs('class exists class');
      return findDataGroup(hostOf(interp).datagroups, str(argv[2]!)) ? 1 : 0;
    case 'size':
      return one('class size class').records.length;
    case 'names':
    case 'get':
      return classNamesOrGet(interp, argv, sub);
    case 'startsearch':
    case 'nextelement':
    case 'anymore':
    case 'donesearch':
      throw new TclError(`class ${sub}: search handles are not emulated`, ['IRULE', 'NOTEMULATED', `class ${sub}`]);
    default:
      throw new TclError(`bad option "${sub}": must be ${SUBCOMMANDS.slice(0, -1).join(', ')}, or ${SUBCOMMANDS.at(-1)}`, ['IRULE', 'CLASS', 'SUBCOMMAND']);
  }
}

// ---- matchclass and findclass (deprecated since v10, still available) ------------------------------

/**
 * `matchclass DG OP VALUE` tests each element against the value (like `class search`);
 * `matchclass VALUE OP DG` tests the value against each element (like `class match`). Returns the
 * 1-based index of the first match, or 0.
 */
function matchclass(interp: Interp, argv: Value[]): Value {
  if (argv.length !== 4) throw wrongArgs('matchclass class_or_value operator value_or_class');
  const groups = hostOf(interp).datagroups;
  const op = operator(argv[2]!);
  const left = str(argv[1]!);
  const right = str(argv[3]!);
  const leftGroup = findDataGroup(groups, left);
  const rightGroup = findDataGroup(groups, right);
  // When both sides name a group, the usual `VALUE OP DG` reading wins.
  const hits = rightGroup
    ? matchRecords(rightGroup, left, op, 'match', false)
    : leftGroup
      ? matchRecords(leftGroup, right, op, 'search', false)
      : (() => {
          throw noSuchGroup(right);
        })();
  return hits.length > 0 ? hits[0]! + 1 : 0;
}

/**
 * `findclass VALUE DG ?SEPARATOR?`: the first member whose key (the member text up to the first
 * separator, a space by default) equals VALUE. Returns the whole member, or with a separator the
 * part after it; '' when nothing matches. A v10+ record `key := value` reads as the member
 * "key value".
 */
function findclass(interp: Interp, argv: Value[]): Value {
  if (argv.length !== 3 && argv.length !== 4) throw wrongArgs('findclass value class ?separator?');
  const value = str(argv[1]!);
  const dg = dataGroup(interp, argv[2]!);
  const sep = argv.length === 4 ? str(argv[3]!) : null;
  const splitOn = sep === null || sep === '' ? ' ' : sep;
  for (const r of dg.records) {
    const member = r.value === '' ? r.key : `${r.key} ${r.value}`;
    const at = member.indexOf(splitOn);
    const key = at < 0 ? member : member.slice(0, at);
    if (key !== value) continue;
    if (sep === null) return member;
    return at < 0 ? '' : member.slice(at + splitOn.length);
  }
  return '';
}

export const classCommands: CommandDef[] = [
  { name: 'class', fn: classCommand },
  { name: 'matchclass', fn: matchclass },
  { name: 'findclass', fn: findclass },
];
