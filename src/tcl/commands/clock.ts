// clock seconds | milliseconds | microseconds | clicks | format | scan | add, after Tcl 8.6's
// clock.tcl for the C/ROOT locale: Julian calendar before 15 October 1582, Gregorian after.
// Time zones: -gmt 1 ("GMT"), UTC (":UTC", ":Etc/UTC", "UTC"), fixed offsets ("+0530"),
// IANA names through Intl (abbreviations are Intl's, which can differ from Tcl's tzdata ones:
// docs/tcl-regex.md lists this), and the machine's local zone by default.
// The current time comes from a per-interpreter source (setClockSource) so that the BIG-IP
// emulator can run rules on a simulated clock.

import { TclError, wrongArgs } from '../errors.js';
import type { CommandDef, Interp } from '../interp.js';
import { getBoolean, getInt } from '../numbers.js';
import { str, type Value } from '../value.js';

// ---- time source -------------------------------------------------------------------------------------

const sources = new WeakMap<Interp, () => number>();

/** Makes `clock seconds/milliseconds/...` of `interp` read `now()` (milliseconds since the epoch). */
export function setClockSource(interp: Interp, now: () => number): void {
  sources.set(interp, now);
}

function nowMs(interp: Interp): number {
  return (sources.get(interp) ?? Date.now)();
}

// ---- calendar ----------------------------------------------------------------------------------------

const DAY = 86400;
const JDN_EPOCH = 2440588; // Julian day number of 1970-01-01
const GREGORIAN_START = 2299161; // 1582-10-15

interface Civil {
  year: number;
  month: number;
  day: number;
}

function floorDiv(a: number, b: number): number {
  return Math.floor(a / b);
}

function jdnToCivil(jdn: number): Civil {
  // Richards' algorithm; the Gregorian correction applies from the changeover on.
  let f = jdn + 1401;
  if (jdn >= GREGORIAN_START) f += floorDiv(floorDiv(4 * jdn + 274277, 146097) * 3, 4) - 38;
  const e = 4 * f + 3;
  const g = floorDiv(mod(e, 1461), 4);
  const h = 5 * g + 2;
  const day = floorDiv(mod(h, 153), 5) + 1;
  const month = mod(floorDiv(h, 153) + 2, 12) + 1;
  const year = floorDiv(e, 1461) - 4716 + floorDiv(12 + 2 - month, 12);
  return { year, month, day };
}

function mod(a: number, b: number): number {
  return ((a % b) + b) % b;
}

function civilToJdn(year: number, month: number, day: number): number {
  // Normalise the month first (scan accepts month 13 and day 30 of February, as Tcl does).
  year += floorDiv(month - 1, 12);
  month = ((((month - 1) % 12) + 12) % 12) + 1;
  const a = floorDiv(14 - month, 12);
  const y = year + 4800 - a;
  const m = month + 12 * a - 3;
  const greg = day + floorDiv(153 * m + 2, 5) + 365 * y + floorDiv(y, 4) - floorDiv(y, 100) + floorDiv(y, 400) - 32045;
  if (greg >= GREGORIAN_START) return greg;
  return day + floorDiv(153 * m + 2, 5) + 365 * y + floorDiv(y, 4) - 32083;
}

function isLeap(year: number, jdn: number): boolean {
  if (jdn < GREGORIAN_START) return year % 4 === 0;
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

// ---- time zones --------------------------------------------------------------------------------------

interface Zone {
  /** Offset from UTC in seconds and the zone's abbreviation at a UTC instant. */
  at(utc: number): { offset: number; abbrev: string };
}

const fixedZone = (offset: number, abbrev: string): Zone => ({ at: () => ({ offset, abbrev }) });
const GMT = fixedZone(0, 'GMT');
const UTC = fixedZone(0, 'UTC');

const intlCache = new Map<string, Intl.DateTimeFormat>();

function intlZone(name: string): Zone | null {
  let fmt = intlCache.get(name);
  if (fmt === undefined) {
    try {
      fmt = new Intl.DateTimeFormat('en-US', {
        timeZone: name, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric',
        hour: 'numeric', minute: 'numeric', second: 'numeric', timeZoneName: 'short', era: 'short',
      });
    } catch {
      return null;
    }
    intlCache.set(name, fmt);
  }
  const f = fmt;
  return {
    at(utc: number) {
      // Dates beyond what Date can hold fall back to the offset at the nearest representable one.
      const ms = Math.max(-8.64e15, Math.min(8.64e15, utc * 1000));
      const parts: Record<string, string> = {};
      for (const p of f.formatToParts(new Date(ms))) parts[p.type] = p.value;
      let year = Number(parts['year']);
      if (parts['era'] === 'BC') year = 1 - year;
      const wall = Date.UTC(year, Number(parts['month']) - 1, Number(parts['day']), Number(parts['hour']), Number(parts['minute']), Number(parts['second']));
      const fixedYear = new Date(wall);
      if (year >= 0 && year < 100) fixedYear.setUTCFullYear(year);
      const offset = Math.round((fixedYear.getTime() - Math.floor(ms / 1000) * 1000) / 1000);
      let abbrev = parts['timeZoneName'] ?? '';
      if (abbrev === 'UTC' || name === 'UTC' || name === 'Etc/UTC') abbrev = 'UTC';
      return { offset, abbrev };
    },
  };
}

function localZone(): Zone {
  const name = new Intl.DateTimeFormat().resolvedOptions().timeZone;
  if (name === 'UTC' || name === 'Etc/UTC') return UTC;
  return intlZone(name) ?? UTC;
}

function resolveZone(gmt: boolean, tz: string | undefined): Zone {
  if (gmt) return GMT;
  if (tz === undefined || tz === '' || tz === ':localtime') return localZone();
  const fixed = /^([-+])(\d\d):?(\d\d)(?::?(\d\d))?$/.exec(tz);
  if (fixed) {
    const sign = fixed[1] === '-' ? -1 : 1;
    const secs = sign * (Number(fixed[2]) * 3600 + Number(fixed[3]) * 60 + Number(fixed[4] ?? 0));
    return fixedZone(secs, formatOffset(secs));
  }
  const name = tz.startsWith(':') ? tz.slice(1) : tz;
  if (name === 'UTC' || name === 'Etc/UTC' || name === 'Etc/Universal' || name === 'Universal' || name === 'Zulu') return UTC;
  if (name === 'GMT' || name === 'Etc/GMT') return GMT;
  if (/^[A-Za-z]+\/[A-Za-z_+\-/0-9]+$/.test(name)) {
    const z = intlZone(name);
    if (z) return z;
  }
  throw new TclError(`time zone "${tz}" not found`, ['CLOCK', 'badTimeZone', tz]);
}

function formatOffset(secs: number): string {
  const sign = secs < 0 ? '-' : '+';
  const a = Math.abs(secs);
  const h = Math.floor(a / 3600);
  const m = Math.floor((a % 3600) / 60);
  const s = a % 60;
  return sign + pad(h, 2) + pad(m, 2) + (s ? pad(s, 2) : '');
}

/** UTC seconds for a wall-clock time in `zone`. */
function localToUtc(zone: Zone, local: number): number {
  const first = local - zone.at(local).offset;
  return local - zone.at(first).offset;
}

// ---- format ------------------------------------------------------------------------------------------

const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

function pad(n: number, width: number, fill = '0'): string {
  const neg = n < 0;
  const s = String(Math.abs(n));
  return (neg ? '-' : '') + (s.length >= width ? s : fill.repeat(width - s.length) + s);
}

interface Fields extends Civil {
  seconds: number;
  local: number;
  jdn: number;
  yday: number; // 1-based
  wday: number; // 0 = Sunday
  hour: number;
  minute: number;
  second: number;
  offset: number;
  abbrev: string;
}

function fieldsOf(utc: number, zone: Zone): Fields {
  const { offset, abbrev } = zone.at(utc);
  const local = utc + offset;
  const days = floorDiv(local, DAY);
  const sod = local - days * DAY;
  const jdn = days + JDN_EPOCH;
  const civil = jdnToCivil(jdn);
  const yday = jdn - civilToJdn(civil.year, 1, 1) + 1;
  return {
    ...civil, seconds: utc, local, jdn, yday, wday: (((jdn + 1) % 7) + 7) % 7,
    hour: Math.floor(sod / 3600), minute: Math.floor((sod % 3600) / 60), second: sod % 60, offset, abbrev,
  };
}

/** ISO 8601 week-based year and week number. */
function isoWeek(f: Fields): [number, number] {
  const isoWday = f.wday === 0 ? 7 : f.wday;
  const thursday = f.jdn - isoWday + 4;
  const year = jdnToCivil(thursday).year;
  const week = Math.floor((thursday - civilToJdn(year, 1, 1)) / 7) + 1;
  return [year, week];
}

function formatClock(f: Fields, format: string): string {
  let out = '';
  for (let i = 0; i < format.length; i++) {
    const c = format[i]!;
    if (c !== '%' || i + 1 >= format.length) {
      out += c;
      continue;
    }
    let code = format[++i]!;
    if ((code === 'E' || code === 'O') && i + 1 < format.length) {
      // Alternative eras and numerals are the plain ones in the C locale.
      const next = format[i + 1]!;
      if ((code === 'E' && 'CyY'.includes(next)) || (code === 'O' && 'deHIkmMSuwy'.includes(next))) {
        code = next;
        i++;
      } else {
        continue;
      }
    } else if (code === 'E' || code === 'O') {
      continue;
    }
    out += formatCode(f, code);
  }
  return out;
}

function formatCode(f: Fields, code: string): string {
  const h12 = f.hour % 12 === 0 ? 12 : f.hour % 12;
  switch (code) {
    case 'a': return DAYS[f.wday]!.slice(0, 3);
    case 'A': return DAYS[f.wday]!;
    case 'b': case 'h': return MONTHS[f.month - 1]!.slice(0, 3);
    case 'B': return MONTHS[f.month - 1]!;
    case 'c': return formatClock(f, '%a %b %e %H:%M:%S %Y');
    case 'C': return pad(Math.floor(f.year / 100), 2);
    case 'd': return pad(f.day, 2);
    case 'D': return formatClock(f, '%m/%d/%Y');
    case 'e': return pad(f.day, 2, ' ');
    case 'g': return pad(((isoWeek(f)[0] % 100) + 100) % 100, 2);
    case 'G': return pad(isoWeek(f)[0], 4);
    case 'H': return pad(f.hour, 2);
    case 'I': return pad(h12, 2);
    case 'j': return pad(f.yday, 3);
    case 'J': return String(f.jdn);
    case 'k': return pad(f.hour, 2, ' ');
    case 'l': return pad(h12, 2, ' ');
    case 'm': return pad(f.month, 2);
    case 'M': return pad(f.minute, 2);
    case 'n': return '\n';
    case 'N': return pad(f.month, 2, ' ');
    case 'p': return f.hour < 12 ? 'AM' : 'PM';
    case 'P': return f.hour < 12 ? 'am' : 'pm';
    case 'Q': {
      const doy = f.yday - 1;
      const fract = Math.floor((1000 * doy) / (isLeap(f.year, f.jdn) ? 366 : 365));
      const tenth = Math.floor((((f.local % DAY) + DAY) % DAY) / (DAY / 10));
      return `Stardate ${pad(f.year - 1946, 2)}${pad(fract, 3)}.${tenth}`;
    }
    case 'r': return formatClock(f, '%I:%M:%S %P');
    case 'R': return formatClock(f, '%H:%M');
    case 's': return String(f.seconds);
    case 'S': return pad(f.second, 2);
    case 't': return '\t';
    case 'T': return formatClock(f, '%H:%M:%S');
    case 'u': return String(f.wday === 0 ? 7 : f.wday);
    case 'U': return pad(Math.floor((f.yday - 1 + 7 - f.wday) / 7), 2);
    case 'V': return pad(isoWeek(f)[1], 2);
    case 'w': return String(f.wday);
    case 'W': return pad(Math.floor((f.yday - 1 + 7 - ((f.wday + 6) % 7)) / 7), 2);
    case 'x': return formatClock(f, '%m/%d/%Y');
    case 'X': return formatClock(f, '%H:%M:%S');
    case 'y': return pad(((f.year % 100) + 100) % 100, 2);
    case 'Y': return pad(f.year, 4);
    case 'z': return formatOffset(f.offset);
    case 'Z': return f.abbrev;
    case '%': return '%';
    case '+': return formatClock(f, '%a %b %e %H:%M:%S %Z %Y');
    default: return '%' + code;
  }
}

// ---- options -----------------------------------------------------------------------------------------

interface ClockOptions {
  format?: string;
  gmt: boolean;
  timezone?: string;
  base?: number;
}

function parseClockOptions(args: Value[], allowed: string[], badOption: (o: string) => TclError): ClockOptions {
  const o: ClockOptions = { gmt: false };
  for (let i = 0; i < args.length; i += 2) {
    const name = str(args[i]!);
    if (!allowed.includes(name)) throw badOption(name);
    const v = args[i + 1]!;
    switch (name) {
      case '-format': o.format = str(v); break;
      case '-gmt': o.gmt = getBoolean(v); break;
      case '-timezone': o.timezone = str(v); break;
      case '-base': o.base = clockValue(v); break;
      case '-locale': break;
    }
  }
  if (o.gmt && o.timezone !== undefined) throw new TclError('cannot use -gmt and -timezone in same call', ['CLOCK', 'gmtWithTimezone']);
  return o;
}

/** A clock value: Tcl reads it as a wide (64-bit) integer, and refuses a wider one as tclsh does. */
function clockValue(v: Value): number {
  const i = getInt(v);
  if (typeof i === 'bigint' && (i > 0x7fffffffffffffffn || i < -0x8000000000000000n)) {
    throw new TclError('integer value too large to represent', ['ARITH', 'IOVERFLOW', 'integer value too large to represent']);
  }
  return typeof i === 'bigint' ? Number(i) : i;
}

// ---- subcommands -------------------------------------------------------------------------------------

const FORMAT_USAGE = 'clockval ?-format string? ?-gmt boolean? ?-locale LOCALE? ?-timezone ZONE?';

function clockFormat(_interp: Interp, argv: Value[]): Value {
  const usage = `${str(argv[0]!)} format ${FORMAT_USAGE}`;
  if (argv.length < 3 || argv.length % 2 === 0) throw wrongArgs(usage);
  const t = clockValue(argv[2]!);
  const o = parseClockOptions(argv.slice(3), ['-format', '-gmt', '-locale', '-timezone'], (n) =>
    new TclError(`bad option "${n}": must be -format, -gmt, -locale, or -timezone`, ['CLOCK', 'badOption', n]));
  const zone = resolveZone(o.gmt, o.timezone);
  return formatClock(fieldsOf(t, zone), o.format ?? '%a %b %d %H:%M:%S %Z %Y');
}

function clockScan(interp: Interp, argv: Value[]): Value {
  const usage = `${str(argv[0]!)} scan string ?-base seconds? ?-format string? ?-gmt boolean? ?-locale LOCALE? ?-timezone ZONE?`;
  if (argv.length < 3 || argv.length % 2 === 0) throw wrongArgs(usage);
  const input = str(argv[2]!);
  const o = parseClockOptions(argv.slice(3), ['-base', '-format', '-gmt', '-locale', '-timezone'], (n) =>
    new TclError(`bad option "${n}", must be -base, -format, -gmt, -locale or -timezone`, ['CLOCK', 'badOption', n]));
  const zone = resolveZone(o.gmt, o.timezone);
  const base = o.base ?? Math.floor(nowMs(interp) / 1000);
  if (o.format !== undefined) return scanWithFormat(input, o.format, zone, base);
  return scanFreeForm(input, zone, base);
}

interface ScanField {
  code: string;
}

const scanCache = new Map<string, { re: RegExp; fields: ScanField[] }>();

function scanPattern(format: string): { re: RegExp; fields: ScanField[] } {
  let hit = scanCache.get(format);
  if (hit) return hit;
  const fields: ScanField[] = [];
  let src = '^\\s*';
  const expand: Record<string, string> = { T: '%H:%M:%S', R: '%H:%M', D: '%m/%d/%Y', r: '%I:%M:%S %p', x: '%m/%d/%Y', X: '%H:%M:%S', c: '%a %b %e %H:%M:%S %Y' };
  const walk = (fmt: string): void => {
    for (let i = 0; i < fmt.length; i++) {
      const c = fmt[i]!;
      if (/\s/.test(c)) {
        src += '\\s*';
        continue;
      }
      if (c !== '%' || i + 1 >= fmt.length) {
        src += c.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&');
        continue;
      }
      let code = fmt[++i]!;
      if ((code === 'E' || code === 'O') && i + 1 < fmt.length) code = fmt[++i]!;
      if (expand[code]) {
        walk(expand[code]!);
        continue;
      }
      switch (code) {
        case 'Y': src += '(\\d\\d\\d\\d)'; break;
        case 'G': src += '(\\d\\d\\d\\d)'; break;
        case 'y': case 'g': case 'C': case 'm': case 'd': case 'e': case 'H': case 'I': case 'k': case 'l': case 'M': case 'S': case 'N':
        case 'U': case 'V': case 'W':
          src += '(\\d\\d?)';
          break;
        case 'j': src += '(\\d\\d?\\d?)'; break;
        case 'J': case 's': src += '([-+]?\\d+)'; break;
        case 'u': case 'w': src += '(\\d)'; break;
        case 'a': case 'A': case 'b': case 'B': case 'h': src += '([^\\W\\d_]+)'; break;
        case 'p': case 'P': src += '(am|pm|a\\.m\\.|p\\.m\\.)'; break;
        case 'z': src += '([-+]\\d\\d:?\\d\\d(?::?\\d\\d)?)'; break;
        case 'Z': src += '([A-Za-z]+|[-+]\\d\\d:?\\d\\d)'; break;
        case '%': src += '%'; continue;
        case 'n': case 't': src += '\\s*'; continue;
        default: src += '%' + code.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&'); continue;
      }
      fields.push({ code });
    }
  };
  walk(format);
  src += '\\s*$';
  hit = { re: new RegExp(src, 'i'), fields };
  if (scanCache.size > 200) scanCache.clear();
  scanCache.set(format, hit);
  return hit;
}

function noMatch(): TclError {
  return new TclError('input string does not match supplied format', ['CLOCK', 'badInputString']);
}

function monthIndex(name: string): number {
  const n = name.toLowerCase();
  const i = MONTHS.findIndex((m) => m.toLowerCase() === n || (n.length >= 3 && m.toLowerCase().startsWith(n)));
  if (i < 0) throw noMatch();
  return i + 1;
}

function scanWithFormat(input: string, format: string, zone: Zone, base: number): number {
  const { re, fields } = scanPattern(format);
  const m = re.exec(input);
  if (!m) throw noMatch();
  let year: number | undefined;
  let month: number | undefined;
  let day: number | undefined;
  let yday: number | undefined;
  let century: number | undefined;
  let yy: number | undefined;
  let hour = 0;
  let minute = 0;
  let second = 0;
  let pm: boolean | undefined;
  let offset: number | undefined;
  let epoch: number | undefined;
  let julian: number | undefined;
  fields.forEach((f, k) => {
    const v = m[k + 1]!;
    const n = Number(v);
    switch (f.code) {
      case 'Y': year = n; break;
      case 'y': yy = n; break;
      case 'C': century = n; break;
      case 'm': case 'N': month = n; break;
      case 'd': case 'e': day = n; break;
      case 'j': yday = n; break;
      case 'H': case 'k': case 'I': case 'l': hour = n; break;
      case 'M': minute = n; break;
      case 'S': second = n; break;
      case 'b': case 'B': case 'h': month = monthIndex(v); break;
      case 'p': case 'P': pm = v.toLowerCase().startsWith('p'); break;
      case 's': epoch = n; break;
      case 'J': julian = n; break;
      case 'z': case 'Z': {
        const fixed = /^([-+])(\d\d):?(\d\d)(?::?(\d\d))?$/.exec(v);
        if (fixed) offset = (fixed[1] === '-' ? -1 : 1) * (Number(fixed[2]) * 3600 + Number(fixed[3]) * 60 + Number(fixed[4] ?? 0));
        else if (/^(gmt|utc|ut|z)$/i.test(v)) offset = 0;
        break;
      }
    }
  });
  if (epoch !== undefined) return epoch;
  if (pm !== undefined) {
    if (hour === 12) hour = 0;
    if (pm) hour += 12;
  }
  if (yy !== undefined && year === undefined) year = century !== undefined ? century * 100 + yy : yy < 38 ? 2000 + yy : 1900 + yy;
  let jdn: number;
  if (julian !== undefined) jdn = julian;
  else if (year === undefined && month === undefined && day === undefined && yday === undefined) {
    jdn = fieldsOf(base, zone).jdn;
  } else {
    const baseFields = fieldsOf(base, zone);
    const y = year ?? baseFields.year;
    if (yday !== undefined && month === undefined) jdn = civilToJdn(y, 1, 1) + yday - 1;
    else jdn = civilToJdn(y, month ?? baseFields.month, 1) + (day ?? 1) - 1;
  }
  const local = (jdn - JDN_EPOCH) * DAY + hour * 3600 + minute * 60 + second;
  return offset !== undefined ? local - offset : localToUtc(zone, local);
}

/** The free-form scanner covers only the common numeric forms (docs/tcl-regex.md). */
function scanFreeForm(input: string, zone: Zone, base: number): number {
  const s = input.trim();
  let m = /^(\d{4})-?(\d\d)-?(\d\d)(?:[T ](\d\d):?(\d\d)(?::?(\d\d))?)?$/.exec(s);
  if (m) {
    const local = (civilToJdn(Number(m[1]), Number(m[2]), Number(m[3])) - JDN_EPOCH) * DAY +
      Number(m[4] ?? 0) * 3600 + Number(m[5] ?? 0) * 60 + Number(m[6] ?? 0);
    return localToUtc(zone, local);
  }
  m = /^(\d\d?)\/(\d\d?)\/(\d{4})(?:\s+(\d\d?):(\d\d)(?::(\d\d))?)?$/.exec(s);
  if (m) {
    const local = (civilToJdn(Number(m[3]), Number(m[1]), Number(m[2])) - JDN_EPOCH) * DAY +
      Number(m[4] ?? 0) * 3600 + Number(m[5] ?? 0) * 60 + Number(m[6] ?? 0);
    return localToUtc(zone, local);
  }
  m = /^(\d\d?):(\d\d)(?::(\d\d))?$/.exec(s);
  if (m) {
    const local = (fieldsOf(base, zone).jdn - JDN_EPOCH) * DAY + Number(m[1]) * 3600 + Number(m[2]) * 60 + Number(m[3] ?? 0);
    return localToUtc(zone, local);
  }
  throw new TclError(`unable to convert date-time string "${input}": syntax error`, ['CLOCK', 'syntax']);
}

const UNITS: Record<string, string> = {
  years: 'years', year: 'years', months: 'months', month: 'months', weeks: 'weeks', week: 'weeks',
  days: 'days', day: 'days', hours: 'hours', hour: 'hours', minutes: 'minutes', minute: 'minutes',
  seconds: 'seconds', second: 'seconds',
};

function clockAdd(_interp: Interp, argv: Value[]): Value {
  const cmd = str(argv[0]!);
  if (argv.length < 3) throw wrongArgs(`${cmd} add clockval ?arg ...?`);
  if (argv.length % 2 === 0) throw wrongArgs(`${cmd} add clockval ?number units?... ?-gmt boolean? ?-locale LOCALE? ?-timezone ZONE?`);
  let t = clockValue(argv[2]!);
  const steps: [number, string][] = [];
  const opts: Value[] = [];
  for (let i = 3; i < argv.length; i += 2) {
    const a = str(argv[i]!);
    if (/^\s*[-+]?\d+\s*$/.test(a)) {
      const unit = str(argv[i + 1]!);
      const u = UNITS[unit];
      if (!u) throw new TclError(`unknown unit "${unit}", must be  years, months, weeks, days, hours, minutes or seconds`, ['CLOCK', 'badUnit', unit]);
      steps.push([clockValue(a), u]);
    } else {
      opts.push(argv[i]!, argv[i + 1]!);
    }
  }
  const o = parseClockOptions(opts, ['-gmt', '-locale', '-timezone'], (n) =>
    new TclError(`bad option "${n}", must be -gmt, -locale or -timezone`, ['CLOCK', 'badOption', n]));
  const zone = resolveZone(o.gmt, o.timezone);
  for (const [n, unit] of steps) {
    switch (unit) {
      case 'seconds': t += n; break;
      case 'minutes': t += n * 60; break;
      case 'hours': t += n * 3600; break;
      default: {
        // Calendar units keep the wall-clock time; the day is clamped to the month's length.
        const f = fieldsOf(t, zone);
        const sod = f.hour * 3600 + f.minute * 60 + f.second;
        let jdn: number;
        if (unit === 'days' || unit === 'weeks') jdn = f.jdn + n * (unit === 'weeks' ? 7 : 1);
        else {
          const months = f.year * 12 + (f.month - 1) + (unit === 'years' ? 12 * n : n);
          const year = Math.floor(months / 12);
          const month = months - year * 12 + 1;
          const last = civilToJdn(year, month + 1, 1) - civilToJdn(year, month, 1);
          jdn = civilToJdn(year, month, Math.min(f.day, last));
        }
        t = localToUtc(zone, (jdn - JDN_EPOCH) * DAY + sod);
      }
    }
  }
  return t;
}

function clockNow(kind: 'seconds' | 'milliseconds' | 'microseconds') {
  return (interp: Interp, argv: Value[]): Value => {
    if (argv.length !== 2) throw wrongArgs(`${str(argv[0]!)} ${kind}`);
    const ms = nowMs(interp);
    if (kind === 'seconds') return Math.floor(ms / 1000);
    if (kind === 'milliseconds') return Math.floor(ms);
    return Math.floor(ms * 1000);
  };
}

function clockClicks(interp: Interp, argv: Value[]): Value {
  if (argv.length > 3) throw wrongArgs(`${str(argv[0]!)} clicks ?-switch?`);
  const ms = nowMs(interp);
  if (argv.length === 3) {
    const o = str(argv[2]!);
    if (o === '-milliseconds' || (o.length > 2 && '-milliseconds'.startsWith(o))) return Math.floor(ms);
    if (o === '-microseconds' || (o.length > 2 && '-microseconds'.startsWith(o))) return Math.floor(ms * 1000);
    throw new TclError(`bad option "${o}": must be -milliseconds or -microseconds`, ['TCL', 'LOOKUP', 'INDEX', 'option', o]);
  }
  return Math.floor(ms * 1000);
}

const SUBCOMMANDS: Record<string, (interp: Interp, argv: Value[]) => Value> = {
  add: clockAdd,
  clicks: clockClicks,
  format: clockFormat,
  microseconds: clockNow('microseconds'),
  milliseconds: clockNow('milliseconds'),
  scan: clockScan,
  seconds: clockNow('seconds'),
};

function clockCmd(interp: Interp, argv: Value[]): Value {
  if (argv.length < 2) throw wrongArgs(`${str(argv[0]!)} subcommand ?arg ...?`);
  const sub = str(argv[1]!);
  const names = Object.keys(SUBCOMMANDS);
  const matches = names.filter((n) => n === sub || (sub.length > 0 && n.startsWith(sub)));
  const name = SUBCOMMANDS[sub] ? sub : matches.length === 1 ? matches[0]! : undefined;
  if (name === undefined) {
    throw new TclError(`unknown or ambiguous subcommand "${sub}": must be add, clicks, format, microseconds, milliseconds, scan, or seconds`, ['TCL', 'LOOKUP', 'SUBCOMMAND', sub]);
  }
  return SUBCOMMANDS[name]!(interp, argv);
}

export const clockCommands: CommandDef[] = [{ name: 'clock', fn: clockCmd }];
