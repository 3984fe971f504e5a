// The `table` command (docs/bigip-reference.md §8.1) over the shared TableStore on `host.tables`, on the simulated
// clock. Options may come in any order before the key and `--` ends them, as in F5's grammar:
//   table set      [-notouch] [-subtable N | -georedundancy] [-mustexist|-excl] [--] KEY VALUE [TIMEOUT [LIFETIME]]
//   table add      [-notouch] [-subtable N | -georedundancy] [--] KEY VALUE [TIMEOUT [LIFETIME]]
//   table replace  [-notouch] [-subtable N | -georedundancy] [--] KEY VALUE [TIMEOUT [LIFETIME]]
//   table lookup   [-notouch] [-subtable N | -georedundancy] [--] KEY
//   table incr     [-notouch] [-subtable N | -georedundancy] [-mustexist] [--] KEY [DELTA]
//   table append   [-notouch] [-subtable N | -georedundancy] [-mustexist] [--] KEY STRING
//   table delete   [-subtable N | -georedundancy] (-all | [--] KEY)
//   table timeout  [-subtable N | -georedundancy] [-remaining] [--] KEY [TIMEOUT]
//   table lifetime [-subtable N | -georedundancy] [-remaining] [--] KEY [LIFETIME]
//   table keys     -subtable N [-notouch | -count]
// TIMEOUT and LIFETIME are seconds or `indefinite`; 0 keeps the entry's current value.

import { TclError, wrongArgs } from '../../tcl/errors.js';
import type { CommandDef, Interp } from '../../tcl/interp.js';
import { getInt } from '../../tcl/numbers.js';
import { TclList, str, type Value } from '../../tcl/value.js';
import { hostOf } from '../host.js';
import type { Duration, DurationArg } from '../table.js';
import { lookupCommand } from '../../model/index.js';

type Sub = 'set' | 'add' | 'replace' | 'lookup' | 'incr' | 'append' | 'delete' | 'timeout' | 'lifetime' | 'keys';

const TABLE = lookupCommand('table')!;

/** The subcommands, in the model's order (its error message lists them so). */
const SUBS = Object.keys(TABLE.subcommands ?? {}) as Sub[];

/** Flags each subcommand accepts, from the model's layouts (-subtable and -georedundancy are read apart). */
const FLAGS = Object.fromEntries(
  SUBS.map((s) => [s, Object.keys(TABLE.subcommands![s]!.layout?.options ?? {}).filter((o) => o !== '-subtable' && o !== '-georedundancy')]),
) as unknown as Record<Sub, readonly string[]>;

/** [min, max] positional words after the options. */
const POSITIONAL: Record<Sub, [number, number]> = {
  set: [2, 4],
  add: [2, 4],
  replace: [2, 4],
  lookup: [1, 1],
  incr: [1, 2],
  append: [2, 2],
  delete: [1, 1],
  timeout: [1, 2],
  lifetime: [1, 2],
  keys: [0, 0],
};

const USAGE: Record<Sub, string> = {
  set: 'table set ?-notouch? ?-subtable name? ?-mustexist|-excl? ?--? key value ?timeout? ?lifetime?',
  add: 'table add ?-notouch? ?-subtable name? ?--? key value ?timeout? ?lifetime?',
  replace: 'table replace ?-notouch? ?-subtable name? ?--? key value ?timeout? ?lifetime?',
  lookup: 'table lookup ?-notouch? ?-subtable name? ?--? key',
  incr: 'table incr ?-notouch? ?-subtable name? ?-mustexist? ?--? key ?delta?',
  append: 'table append ?-notouch? ?-subtable name? ?-mustexist? ?--? key string',
  delete: 'table delete ?-subtable name? -all|key',
  timeout: 'table timeout ?-subtable name? ?-remaining? ?--? key ?timeout?',
  lifetime: 'table lifetime ?-subtable name? ?-remaining? ?--? key ?lifetime?',
  keys: 'table keys -subtable name ?-notouch|-count?',
};

/** Where `-georedundancy` entries live: a subtable no rule can name (names are strings without NUL). */
const GEO_SUBTABLE = '\u0000georedundancy';

interface Parsed {
  flags: Set<string>;
  subtable: string | undefined;
  args: Value[];
}

function parse(sub: Sub, argv: Value[]): Parsed {
  const flags = new Set<string>();
  let subtable: string | undefined;
  const allowed = FLAGS[sub];
  let i = 2;
  while (i < argv.length) {
    const w = str(argv[i]!);
    if (w === '--') {
      i++;
      break;
    }
    if (w === '-subtable') {
      if (i + 1 >= argv.length) throw wrongArgs(USAGE[sub]);
      subtable = str(argv[i + 1]!);
      i += 2;
    } else if (w === '-georedundancy' && sub !== 'keys') {
      subtable = GEO_SUBTABLE;
      i++;
    } else if (allowed.includes(w)) {
      flags.add(w);
      i++;
    } else break; // the key (a key starting with '-' needs `--` before it)
  }
  const args = argv.slice(i);
  if (sub === 'delete' && flags.has('-all')) {
    if (args.length !== 0 || subtable === undefined) throw wrongArgs(USAGE.delete);
    return { flags, subtable, args };
  }
  if (sub === 'keys' && subtable === undefined) throw wrongArgs(USAGE.keys);
  if ((flags.has('-mustexist') && flags.has('-excl')) || (flags.has('-notouch') && flags.has('-count'))) throw wrongArgs(USAGE[sub]);
  const [min, max] = POSITIONAL[sub];
  if (args.length < min || args.length > max) throw wrongArgs(USAGE[sub]);
  return { flags, subtable, args };
}

/** A timeout or lifetime word: `indefinite` or a non-negative integer. */
function duration(v: Value): number | null {
  const s = str(v);
  if (s === 'indefinite') return null;
  const n = getInt(v);
  if (n < 0) throw new TclError(`bad timeout "${s}": must be a non-negative integer or indefinite`, ['IRULE', 'TABLE', 'TIMEOUT']);
  return Number(n);
}

/** Seconds left, rounded up, -1 for indefinite or absent (see docs/behaviour/utilities.md). */
function remaining(d: Duration | undefined): Value {
  if (d === undefined || d === null) return -1;
  return Math.max(0, Math.ceil(d - 1e-9));
}

function shown(d: Duration | undefined): Value {
  if (d === undefined) return -1;
  return d === null ? 'indefinite' : d;
}

function tableCommand(interp: Interp, argv: Value[]): Value {
  if (argv.length < 2) throw wrongArgs('table subcommand ?arg ...?');
  const name = str(argv[1]!);
  const sub = SUBS.find((s) => s === name);
  if (!sub) throw new TclError(`bad option "${name}": must be ${SUBS.slice(0, -1).join(', ')}, or keys`, ['IRULE', 'TABLE', 'SUBCOMMAND']);
  const host = hostOf(interp);
  const store = host.tables;
  const now = host.clock.now();
  const { flags, subtable, args } = parse(sub, argv);
  const notouch = flags.has('-notouch');
  const base = { subtable, notouch, now };
  switch (sub) {
    case 'set':
    case 'add':
    case 'replace': {
      const timeout: DurationArg = args.length > 2 ? duration(args[2]!) : undefined;
      const lifetime: DurationArg = args.length > 3 ? duration(args[3]!) : undefined;
      return store.set(str(args[0]!), str(args[1]!), {
        ...base,
        excl: sub === 'add' || flags.has('-excl'),
        mustexist: sub === 'replace' || flags.has('-mustexist'),
        timeout,
        lifetime,
      });
    }
    case 'lookup':
      return store.lookup(str(args[0]!), base);
    case 'incr': {
      const delta = args.length > 1 ? BigInt(getInt(args[1]!)) : 1n;
      return store.incr(str(args[0]!), delta, { ...base, mustexist: flags.has('-mustexist') });
    }
    case 'append': {
      const key = str(args[0]!);
      const tail = str(args[1]!);
      const current = store.entry(key, base);
      interp.checkLength((current?.value.length ?? 0) + tail.length);
      return store.append(key, tail, { ...base, mustexist: flags.has('-mustexist') });
    }
    case 'delete':
      if (flags.has('-all')) store.deleteAll(base);
      else store.delete(str(args[0]!), base);
      return '';
    case 'timeout':
    case 'lifetime': {
      const key = str(args[0]!);
      if (args.length > 1) {
        const d = duration(args[1]!);
        if (!store.has(key, base)) return -1;
        // 0 keeps the current value, as it does for table set.
        if (d !== 0) {
          if (sub === 'timeout') store.setTimeout(key, d, base);
          else store.setLifetime(key, d, base);
        }
      }
      if (flags.has('-remaining')) return remaining(sub === 'timeout' ? store.timeoutRemaining(key, base) : store.lifetimeRemaining(key, base));
      return shown(sub === 'timeout' ? store.timeout(key, base) : store.lifetime(key, base));
    }
    case 'keys':
      if (flags.has('-count')) return store.count(base);
      return new TclList(store.keys(base));
  }
}

export const tableCommands: CommandDef[] = [{ name: 'table', fn: tableCommand }];
