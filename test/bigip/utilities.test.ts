// BIG-IP utilities (docs/bigip-reference.md §6.1, §8): table, class/matchclass/findclass, digests and base64,
// getfield/findstr/substr/domain, URI::*, IP::addr. Each case names the F5 page (or the
// behaviour note in docs/behaviour/utilities.md) it checks.

import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { BigipHost, DataGroup } from '../../src/bigip/host.js';
import { TableStore } from '../../src/bigip/table.js';
import { tableCommands } from '../../src/bigip/commands/table.js';
import { classCommands, matchRecords } from '../../src/bigip/commands/class.js';
import { cryptoCommands, crc32, decodeBase64 } from '../../src/bigip/commands/crypto.js';
import { stringsCommands, findstr, getfield, substr, uriCompare, uriPath } from '../../src/bigip/commands/strings.js';
import { formatAddress, ipaddrCommands, parseAddress, parseNetwork } from '../../src/bigip/commands/ipaddr.js';
import { createInterp } from '../../src/tcl/index.js';
import { evalValue } from '../../src/tcl/compile.js';
import { TclError, TclLimitError } from '../../src/tcl/errors.js';
import { str } from '../../src/tcl/value.js';

// ---- a minimal emulator host --------------------------------------------------------------------

const GROUPS: DataGroup[] = [
  {
    name: 'uri_prefixes',
    type: 'string',
    records: [
      { key: '/api/', value: 'api_pool' },
      { key: '/static/', value: 'static_pool' },
      { key: '/api/v2/', value: 'api_v2_pool' },
      { key: '.jpg', value: 'image' },
    ],
  },
  {
    name: '/Common/client_nets',
    type: 'ip',
    records: [
      { key: '10.0.0.0/8', value: 'ten' },
      { key: '10.1.0.0/16', value: 'ten-one' },
      { key: '192.168.1.7', value: 'host' },
      { key: 'network 172.16.0.0 mask 255.240.0.0', value: 'rfc1918-172' },
      { key: '2001:db8::/32', value: 'doc6' },
    ],
  },
  {
    name: 'ports',
    type: 'integer',
    records: [
      { key: '80', value: 'http' },
      { key: '443', value: 'https' },
    ],
  },
  {
    name: 'redirects',
    type: 'string',
    records: [
      { key: '/old', value: '/new' },
      { key: '/gone', value: '' },
    ],
  },
];

interface Harness {
  run(script: string): string;
  err(script: string): string;
  advance(seconds: number): void;
  tables: TableStore;
}

function harness(): Harness {
  let t = 1000;
  const interp = createInterp({ dialect: 'irule' });
  const tables = new TableStore();
  const host: BigipHost = {
    clock: { now: () => t },
    event: 'HTTP_REQUEST',
    ruleName: '/Common/test',
    hostname: 'bigip1',
    conn: null,
    request: null,
    response: null,
    effects: null,
    datagroups: new Map(GROUPS.map((g) => [g.name, g])),
    tables,
  };
  interp.host = host;
  for (const def of [...tableCommands, ...classCommands, ...cryptoCommands, ...stringsCommands, ...ipaddrCommands]) interp.register(def);
  return {
    run: (script) => str(evalValue(interp, script)),
    err: (script) => {
      try {
        evalValue(interp, script);
      } catch (e) {
        if (e instanceof TclError) return e.message;
        throw e;
      }
      throw new Error(`no error from: ${script}`);
    },
    advance: (s) => {
      t += s;
    },
    tables,
  };
}

const hex = (s: string): string => Buffer.from(s, 'latin1').toString('hex');

// ---- TableStore ---------------------------------------------------------------------------------

describe('TableStore (clouddocs table; DevCentral "The table Command" series)', () => {
  it('entries idle out after the default 180 s timeout (clouddocs table)', () => {
    const s = new TableStore();
    s.set('k', 'v', { now: 0 });
    expect(s.lookup('k', { now: 179, notouch: true })).toBe('v');
    expect(s.lookup('k', { now: 180 })).toBe('');
  });

  it('lookup refreshes the idle timer; -notouch does not (table series: Data Expiration)', () => {
    const s = new TableStore();
    s.set('a', '1', { now: 0, timeout: 10 });
    s.set('b', '2', { now: 0, timeout: 10 });
    expect(s.lookup('a', { now: 8 })).toBe('1');
    expect(s.lookup('b', { now: 8, notouch: true })).toBe('2');
    expect(s.lookup('a', { now: 15 })).toBe('1'); // touched at 8: alive until 18
    expect(s.lookup('b', { now: 15 })).toBe(''); // never touched after 0: gone at 10
  });

  it('the lifetime wins over a refreshed idle timer (table series: Data Expiration)', () => {
    const s = new TableStore();
    s.set('k', 'v', { now: 0, timeout: 10, lifetime: 25 });
    for (const t of [5, 10, 15, 20]) expect(s.lookup('k', { now: t })).toBe('v');
    expect(s.lookup('k', { now: 25 })).toBe('');
  });

  it('indefinite timeout never idles out; a lifetime still ends it', () => {
    const s = new TableStore();
    s.set('k', 'v', { now: 0, timeout: null });
    expect(s.lookup('k', { now: 1e9, notouch: true })).toBe('v');
    s.set('l', 'v', { now: 0, timeout: null, lifetime: 60 });
    expect(s.lookup('l', { now: 60 })).toBe('');
  });

  it('add writes only when absent and returns the stored value, leaving timeouts alone (table series: Advanced Data Expiration)', () => {
    const s = new TableStore();
    expect(s.set('k', 'first', { now: 0, timeout: 100, excl: true })).toBe('first');
    expect(s.set('k', 'second', { now: 1, timeout: 5, excl: true })).toBe('first');
    expect(s.timeout('k', { now: 2 })).toBe(100);
  });

  it('replace writes only when present and returns "" otherwise', () => {
    const s = new TableStore();
    expect(s.set('k', 'v', { now: 0, mustexist: true })).toBe('');
    expect(s.has('k', { now: 0 })).toBe(false);
    s.set('k', 'v', { now: 0 });
    expect(s.set('k', 'w', { now: 0, mustexist: true })).toBe('w');
  });

  it('a timeout or lifetime of 0 keeps the current value; omitted resets the timeout to 180', () => {
    const s = new TableStore();
    s.set('k', 'v', { now: 0, timeout: 30, lifetime: 300 });
    s.set('k', 'w', { now: 1, timeout: 0, lifetime: 0 });
    expect(s.entry('k', { now: 1 })).toMatchObject({ value: 'w', timeout: 30, lifetime: 300 });
    s.set('k', 'x', { now: 2 });
    expect(s.entry('k', { now: 2 })).toMatchObject({ value: 'x', timeout: 180, lifetime: null });
  });

  it('incr creates from 0, honours -mustexist and wraps as an unsigned 64-bit number (clouddocs table note)', () => {
    const s = new TableStore();
    expect(s.incr('n', 1n, { now: 0, mustexist: true })).toBe('');
    expect(s.incr('n', 1n, { now: 0 })).toBe('1');
    expect(s.incr('n', 5n, { now: 0 })).toBe('6');
    expect(s.incr('z', -1n, { now: 0 })).toBe('18446744073709551615');
    s.set('s', '12abc', { now: 0 });
    expect(s.incr('s', 1n, { now: 0 })).toBe('13');
  });

  it('append creates from "" and honours -mustexist (table series: New Ways To Alter Data)', () => {
    const s = new TableStore();
    expect(s.append('k', 'x', { now: 0, mustexist: true })).toBe('');
    expect(s.append('k', 'ab', { now: 0 })).toBe('ab');
    expect(s.append('k', 'cd', { now: 0 })).toBe('abcd');
  });

  it('subtables are separate; keys/count see only live keys; delete -all empties one', () => {
    const s = new TableStore();
    s.set('k', 'main', { now: 0 });
    s.set('k', 'sub', { now: 0, subtable: 'users' });
    s.set('j', 'sub', { now: 0, subtable: 'users', timeout: 5 });
    expect(s.lookup('k', { now: 1, subtable: 'users' })).toBe('sub');
    expect(s.keys({ now: 1, subtable: 'users' })).toEqual(['k', 'j']);
    expect(s.count({ now: 6, subtable: 'users' })).toBe(1);
    s.deleteAll({ subtable: 'users' });
    expect(s.count({ now: 6, subtable: 'users' })).toBe(0);
    expect(s.lookup('k', { now: 6 })).toBe('main');
  });

  it('sweep drops expired entries so memory stays bounded', () => {
    const s = new TableStore();
    for (let i = 0; i < 100; i++) s.set(`k${i}`, 'v', { now: 0, timeout: i < 50 ? 10 : 1000, subtable: `t${i % 3}` });
    expect(s.size).toBe(100);
    expect(s.sweep(20)).toBe(50);
    expect(s.size).toBe(50);
  });

  it('refuses to grow past its entry limit (emulator guard for untrusted rules)', () => {
    const s = new TableStore(undefined, 10);
    for (let i = 0; i < 10; i++) s.set(`k${i}`, 'v', { now: 0 });
    expect(() => s.set('one-more', 'v', { now: 0 })).toThrow(TclLimitError);
    expect(s.set('k0', 'updated', { now: 0 })).toBe('updated');
    s.set('later', 'v', { now: 500 }); // everything else expired at 180: the sweep makes room
  });

  it('takes the time from its clock when none is passed', () => {
    let t = 0;
    const s = new TableStore({ now: () => t });
    s.set('k', 'v', { timeout: 5 });
    t = 5;
    expect(s.lookup('k')).toBe('');
  });
});

// ---- the table command ------------------------------------------------------------------------------

describe('table command (clouddocs table, tmsh ltm rule command table)', () => {
  it('set returns the value; lookup reads it; a missing key reads as ""', () => {
    const h = harness();
    expect(h.run('table set k v 10')).toBe('v');
    expect(h.run('table lookup k')).toBe('v');
    expect(h.run('table lookup nope')).toBe('');
  });

  it('expires on the simulated clock: lookup refreshes, -notouch does not', () => {
    const h = harness();
    h.run('table set a 1 10');
    h.run('table set b 2 10');
    h.advance(8);
    h.run('table lookup a');
    h.run('table lookup -notouch b');
    h.advance(7);
    expect(h.run('table lookup a')).toBe('1');
    expect(h.run('table lookup b')).toBe('');
  });

  it('options come in any order before the key; -- protects a key that starts with "-"', () => {
    const h = harness();
    expect(h.run('table set -subtable s -notouch k v')).toBe('v');
    expect(h.run('table lookup -notouch -subtable s k')).toBe('v');
    expect(h.run('table set -- -odd v')).toBe('v');
    expect(h.run('table lookup -- -odd')).toBe('v');
  });

  it('add/replace and set -excl/-mustexist', () => {
    const h = harness();
    expect(h.run('table add k first')).toBe('first');
    expect(h.run('table add k second')).toBe('first');
    expect(h.run('table set -excl k third')).toBe('first');
    expect(h.run('table replace nope x')).toBe('');
    expect(h.run('table set -mustexist nope x')).toBe('');
    expect(h.run('table replace k fourth')).toBe('fourth');
  });

  it('incr and append return the new value', () => {
    const h = harness();
    expect(h.run('table incr hits')).toBe('1');
    expect(h.run('table incr hits 10')).toBe('11');
    expect(h.run('table incr -mustexist missing')).toBe('');
    expect(h.run('table append log a')).toBe('a');
    expect(h.run('table append log b')).toBe('ab');
  });

  it('timeout and lifetime read, set and report what remains', () => {
    const h = harness();
    h.run('table set k v 60 600');
    expect(h.run('table timeout k')).toBe('60');
    expect(h.run('table lifetime k')).toBe('600');
    h.advance(20);
    expect(h.run('table timeout -remaining k')).toBe('40');
    expect(h.run('table lifetime -remaining k')).toBe('580');
    h.run('table timeout k 100');
    expect(h.run('table timeout -remaining k')).toBe('80'); // last touched 20 s ago
    h.run('table set t v indefinite');
    expect(h.run('table timeout t')).toBe('indefinite');
    expect(h.run('table timeout -remaining t')).toBe('-1');
    expect(h.run('table timeout missing')).toBe('-1');
  });

  it('keys -subtable lists and counts; delete and delete -all -subtable', () => {
    const h = harness();
    h.run('table set -subtable users alice 1');
    h.run('table set -subtable users bob 2');
    expect(h.run('table keys -subtable users')).toBe('alice bob');
    expect(h.run('table keys -subtable users -count')).toBe('2');
    h.run('table delete -subtable users alice');
    expect(h.run('table keys -count -subtable users')).toBe('1');
    h.run('table delete -all -subtable users');
    expect(h.run('table keys -subtable users -count')).toBe('0');
  });

  it('works from rule code: a request counter per client', () => {
    const h = harness();
    const count = 'foreach ip {10.0.0.1 10.0.0.2 10.0.0.1} { table incr -subtable hits $ip }; list [table lookup -subtable hits 10.0.0.1] [table keys -subtable hits -count]';
    expect(h.run(count)).toBe('2 2');
  });

  it('rejects malformed calls', () => {
    const h = harness();
    expect(h.err('table keys')).toMatch(/^wrong # args: should be "table keys -subtable name/);
    expect(h.err('table lookup')).toMatch(/^wrong # args/);
    expect(h.err('table set k')).toMatch(/^wrong # args/);
    expect(h.err('table delete -all')).toMatch(/^wrong # args/);
    expect(h.err('table frob k')).toMatch(/^bad option "frob"/);
    expect(h.err('table set k v soon')).toBe('expected integer but got "soon"');
  });
});

// ---- class ------------------------------------------------------------------------------------------

describe('class (clouddocs class, tmsh ltm rule command class)', () => {
  it('class match without options answers 1 or 0; the operator applies to the item', () => {
    const h = harness();
    expect(h.run('class match /api/users starts_with uri_prefixes')).toBe('1');
    expect(h.run('class match /photo.jpg ends_with uri_prefixes')).toBe('1');
    expect(h.run('class match /other starts_with uri_prefixes')).toBe('0');
  });

  it('class match -value ITEM starts_with DG returns the value of the matching element', () => {
    const h = harness();
    expect(h.run('class match -value /static/app.js starts_with uri_prefixes')).toBe('static_pool');
    expect(h.run('class match -name /static/app.js starts_with uri_prefixes')).toBe('/static/');
    expect(h.run('class match -index /static/app.js starts_with uri_prefixes')).toBe('1');
    expect(h.run('class match -element /static/app.js starts_with uri_prefixes')).toBe('/static/ static_pool');
    expect(h.run('class match -value /none starts_with uri_prefixes')).toBe('');
  });

  it('-all returns every match (in record order)', () => {
    const h = harness();
    expect(h.run('class match -all -value /api/v2/x starts_with uri_prefixes')).toBe('api_pool api_v2_pool');
    expect(h.run('class match -all -index -- /api/v2/x starts_with uri_prefixes')).toBe('0 2');
  });

  it('class search applies the operator to the elements', () => {
    const h = harness();
    // "does uri_prefixes contain an element that starts with /api"
    expect(h.run('class search uri_prefixes starts_with /api')).toBe('1');
    expect(h.run('class search -name uri_prefixes contains static')).toBe('/static/');
    expect(h.run('class match /api starts_with uri_prefixes')).toBe('0');
  });

  it('class lookup returns the value of an exact key match', () => {
    const h = harness();
    expect(h.run('class lookup /old redirects')).toBe('/new');
    expect(h.run('class lookup /old/x redirects')).toBe('');
  });

  it('element, type, exists, size, names, get', () => {
    const h = harness();
    expect(h.run('class element 0 redirects')).toBe('/old /new');
    expect(h.run('class element -value 0 redirects')).toBe('/new');
    expect(h.run('class element 9 redirects')).toBe('');
    expect(h.run('class type client_nets')).toBe('ip');
    expect(h.run('class type ports')).toBe('integer');
    expect(h.run('class exists redirects')).toBe('1');
    expect(h.run('class exists nothing')).toBe('0');
    expect(h.run('class size uri_prefixes')).toBe('4');
    expect(h.run('class names uri_prefixes /api*')).toBe('/api/ /api/v2/');
    expect(h.run('class names -nocase uri_prefixes /API*')).toBe('/api/ /api/v2/');
    expect(h.run('class get redirects')).toBe('{/old /new} {/gone {}}');
  });

  it('address groups: equals means "in the network", most specific first; /Common/ is implied', () => {
    const h = harness();
    expect(h.run('class match 10.1.2.3 equals client_nets')).toBe('1');
    expect(h.run('class match -value 10.1.2.3 equals client_nets')).toBe('ten-one');
    expect(h.run('class match -value 10.9.9.9 equals /Common/client_nets')).toBe('ten');
    expect(h.run('class match -value 192.168.1.7 equals client_nets')).toBe('host');
    expect(h.run('class match 192.168.1.8 equals client_nets')).toBe('0');
    expect(h.run('class match -value 172.20.0.1 equals client_nets')).toBe('rfc1918-172');
    expect(h.run('class match -value 2001:db8:1::5 equals client_nets')).toBe('doc6');
    expect(h.run('class lookup 10.200.0.1 client_nets')).toBe('ten');
    expect(h.run('class match not-an-ip equals client_nets')).toBe('0');
  });

  it('integer groups compare numbers', () => {
    const h = harness();
    expect(h.run('class match 443 equals ports')).toBe('1');
    expect(h.run('class lookup 0080 ports')).toBe('http');
    expect(h.run('class match 8080 equals ports')).toBe('0');
  });

  it('matchRecords: search and match read the operator in opposite directions', () => {
    const dg = GROUPS[0]!;
    expect(matchRecords(dg, '/api/v2/x', 'starts_with', 'match', true)).toEqual([0, 2]);
    expect(matchRecords(dg, '/api', 'starts_with', 'search', true)).toEqual([0, 2]);
  });

  it('a missing data group is a Tcl error; bad operators and options too', () => {
    const h = harness();
    expect(h.err('class match x equals nothing')).toBe('class: no such data group "nothing"');
    expect(h.err('class match x like uri_prefixes')).toMatch(/^bad operator "like"/);
    expect(h.err('class match -bogus x equals uri_prefixes')).toMatch(/^bad option "-bogus"/);
    expect(h.err('class lookup x')).toMatch(/^wrong # args/);
    expect(h.err('class startsearch uri_prefixes')).toMatch(/not emulated/);
  });

  it('matchclass returns the 1-based index of the first match or 0 (clouddocs matchclass)', () => {
    const h = harness();
    expect(h.run('matchclass /static/x starts_with uri_prefixes')).toBe('2');
    expect(h.run('matchclass uri_prefixes contains v2')).toBe('3');
    expect(h.run('matchclass 10.1.1.1 equals client_nets')).toBe('2');
    expect(h.run('matchclass /zzz equals uri_prefixes')).toBe('0');
  });

  it('findclass returns the member whose key matches, or the part after the separator (clouddocs findclass)', () => {
    const h = harness();
    expect(h.run('findclass /old redirects')).toBe('/old /new');
    expect(h.run('findclass /old redirects " "')).toBe('/new');
    expect(h.run('findclass /gone redirects')).toBe('/gone');
    expect(h.run('findclass /nope redirects')).toBe('');
  });
});

// ---- digests and encodings --------------------------------------------------------------------------

describe('digests and encodings (clouddocs md5, sha1, sha256, b64encode, b64decode, crc32)', () => {
  it('md5/sha* return binary digests (one character per byte)', () => {
    const h = harness();
    expect(hex(h.run('md5 abc'))).toBe('900150983cd24fb0d6963f7d28e17f72');
    expect(hex(h.run('sha1 abc'))).toBe('a9993e364706816aba3e25717850c26c9cd0d89d');
    expect(hex(h.run('sha256 abc'))).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(h.run('sha384 abc')).toHaveLength(48);
    expect(h.run('sha512 abc')).toHaveLength(64);
  });

  it('hashes binary strings byte for byte and other text as UTF-8', () => {
    const h = harness();
    // "\u00e9" is one byte (0xe9) of a binary string; "\u20ac" can only be text: its UTF-8 bytes.
    expect(hex(h.run('md5 \\u00e9'))).toBe(Buffer.from(md5Bytes(Buffer.from([0xe9]))).toString('hex'));
    expect(hex(h.run('md5 \\u20ac'))).toBe(Buffer.from(md5Bytes(Buffer.from('\u20ac', 'utf8'))).toString('hex'));
  });

  it('b64encode and b64decode round-trip bytes', () => {
    const h = harness();
    expect(h.run('b64encode hello')).toBe('aGVsbG8=');
    expect(h.run('b64decode aGVsbG8=')).toBe('hello');
    expect(h.run('b64encode [md5 abc]')).toBe(Buffer.from('900150983cd24fb0d6963f7d28e17f72', 'hex').toString('base64'));
    expect(decodeBase64('aGVsbG8')).toBe('hello');
  });

  it('b64decode of invalid input is a Tcl error "conversion error" (tmsh ltm rule command b64decode)', () => {
    const h = harness();
    expect(h.err('b64decode "\\\\a b c d"')).toBe('conversion error');
    expect(decodeBase64('abc=d')).toBeNull();
  });

  it('crc32 is the CRC-32 (Ethernet) checksum as a number (clouddocs crc32)', () => {
    const h = harness();
    expect(h.run('crc32 "The quick brown fox jumps over the lazy dog"')).toBe(String(0x414fa339));
    expect(crc32(Buffer.from('123456789'))).toBe(0xcbf43926);
    expect(h.run('crc32 ""')).toBe('0');
  });

  it('b64decode failures are catchable, as the F5 page recommends', () => {
    const h = harness();
    const script = (input: string): string =>
      `if {[catch {b64decode ${input}} out] == 0 && $out ne ""} { set r "ok:$out" } else { set r failed }`;
    expect(h.run(script('{\\a b c d}'))).toBe('failed');
    expect(h.run(script('aGk='))).toBe('ok:hi');
  });

  it('wrong arity', () => {
    const h = harness();
    expect(h.err('md5')).toBe('wrong # args: should be "md5 string"');
    expect(h.err('sha256 a b')).toBe('wrong # args: should be "sha256 string"');
  });
});

function md5Bytes(b: Buffer): Buffer {
  return createHash('md5').update(b).digest();
}

// ---- string helpers -----------------------------------------------------------------------------

describe('getfield, findstr, substr, domain', () => {
  it('getfield: 1-based field of a split on a character or string (clouddocs getfield)', () => {
    const h = harness();
    expect(h.run('getfield www.example.com:8080 ":" 1')).toBe('www.example.com');
    expect(h.run('getfield 10.1.1.1%2 "%" 1')).toBe('10.1.1.1');
    expect(h.run('getfield a::b::c :: 3')).toBe('c');
    expect(h.run('getfield a:b : 5')).toBe('');
    expect(getfield('a:b', ':', 5)).toBe('');
    expect(getfield('/a/b', '/', 1)).toBe('');
    expect(getfield('/a/b', '/', 3)).toBe('b');
  });

  it('findstr: skip count applies from the start of the match, the terminator ends it (clouddocs findstr example)', () => {
    const h = harness();
    h.run('table set payload {<meta HTTP-EQUIV="REFRESH" CONTENT="0; URL=https://host.domain.com/path/file.ext?...&var=val">}');
    expect(h.run('findstr [table lookup payload] URL= 4 {">}')).toBe('https://host.domain.com/path/file.ext?...&var=val');
    expect(findstr('key=value; other', 'key=')).toBe('key=value; other');
    expect(findstr('key=value; other', 'key=', 4, ';')).toBe('value');
    expect(findstr('key=value; other', 'key=', 4, 3)).toBe('val');
    expect(findstr('abc', 'zzz')).toBe('');
  });

  it('substr: skip count is the index of the first character; terminator is a length or a string (clouddocs substr)', () => {
    const h = harness();
    expect(h.run('substr /path/to?x=1 1 "?"')).toBe('path/to');
    expect(h.run('substr abcdef 2 3')).toBe('cde');
    expect(h.run('substr abcdef 2')).toBe('cdef');
    expect(substr('abc', 9)).toBe('');
  });

  it('domain: the last COUNT labels (clouddocs domain examples)', () => {
    const h = harness();
    expect(h.run('domain www.sub.my.domain.com 1')).toBe('com');
    expect(h.run('domain www.sub.my.domain.com 2')).toBe('domain.com');
    expect(h.run('domain www.sub.my.domain.com 3')).toBe('my.domain.com');
    expect(h.run('domain www.sub.my.domain.com 4')).toBe('sub.my.domain.com');
    expect(h.run('domain www.sub.my.domain.com 9')).toBe('www.sub.my.domain.com');
  });
});

describe('URI:: commands', () => {
  it('URI::decode decodes percent escapes (tmsh ltm rule command URI_decode example)', () => {
    const h = harness();
    expect(h.run('URI::decode {parameter=my%20URL%20encoded%20parameter%20value%20with%20metacharacters%20(%26*%40%23%5b%5d)}'))
      .toBe('parameter=my URL encoded parameter value with metacharacters (&*@#[])');
    expect(h.run('URI::decode a+b%2')).toBe('a+b%2');
  });

  it('URI::encode percent-encodes outside the unreserved set', () => {
    const h = harness();
    expect(h.run('URI::encode {a b/c?d}')).toBe('a%20b%2Fc%3Fd');
    expect(h.run('URI::decode [URI::encode {x=1&y=\u00e9}]')).toBe('x=1&y=\u00e9');
  });

  it('URI::query returns the query or one parameter, needing the "?" (clouddocs URI::query examples)', () => {
    const h = harness();
    expect(h.run('URI::query /path/to/file.ext?param1=value1&param2=value2')).toBe('param1=value1&param2=value2');
    expect(h.run('URI::query /path/to/file.ext?param1=value1&param2=value2 param2')).toBe('value2');
    expect(h.run('URI::query ?param1=val1&param2=val2 param1')).toBe('val1');
    expect(h.run('URI::query param1=val1&param2=val2 param1')).toBe('');
    expect(h.run('URI::query /p?a=1 b')).toBe('');
  });

  it('URI::path excludes the basename; depth and start/end ranges (clouddocs URI::path)', () => {
    const h = harness();
    const u = '/dir1/dir2/dir3/file.ext?x=1';
    expect(h.run(`URI::path ${u}`)).toBe('/dir1/dir2/dir3/');
    expect(h.run(`URI::path ${u} depth`)).toBe('3');
    expect(h.run(`URI::path ${u} 2`)).toBe('/dir2/dir3/');
    expect(h.run(`URI::path ${u} 1 2`)).toBe('/dir1/dir2/');
    expect(h.run(`URI::path ${u} 1 4`)).toBe('/dir1/dir2/dir3/'); // "seems to return the max depth anyhow"
    expect(h.err(`URI::path ${u} 0 3`)).toMatch(/start depth/); // "expect a TCL error! Ranges start with 1."
    expect(uriPath('http://h.example/a/b.html')).toBe('/a/');
  });

  it('URI::basename (clouddocs URI::basename: /main/index.jsp?user=test&login=check -> index.jsp)', () => {
    const h = harness();
    expect(h.run('URI::basename /main/index.jsp?user=test&login=check')).toBe('index.jsp');
    expect(h.run('URI::basename /main/')).toBe('');
  });

  it('URI::host and URI::protocol (tmsh URI_host / URI_protocol examples)', () => {
    const h = harness();
    for (const u of ['http://example.com/file.ext', 'http://example.com:80/file.ext', 'https://example.com:443/file.ext', 'myproto://example.com/file.ext']) {
      expect(h.run(`URI::host ${u}`)).toBe('example.com');
    }
    expect(h.run('URI::host /example.com')).toBe('');
    expect(h.run('URI::host /uri?url=http://example.com/uri')).toBe('');
    expect(h.run('URI::protocol https://test.com')).toBe('https');
    expect(h.run('URI::protocol myproto://test.com')).toBe('myproto');
    expect(h.run('URI::protocol /uri?url=http://test.example.com/uri')).toBe('');
  });

  it('URI::port: explicit port, else the scheme default', () => {
    const h = harness();
    expect(h.run('URI::port http://example.com:8080/x')).toBe('8080');
    expect(h.run('URI::port https://example.com/x')).toBe('443');
  });

  it('URI::compare follows RFC 2616 3.2.3 (tmsh URI_compare: three equivalent URIs)', () => {
    const h = harness();
    expect(h.run('URI::compare http://abc.com:80/~smith/home.html http://ABC.com/%7Esmith/home.html')).toBe('1');
    expect(h.run('URI::compare http://ABC.com/%7Esmith/home.html http://ABC.com:/%7esmith/home.html')).toBe('1');
    expect(h.run('URI::compare /dir1/somepath /dir1/somepath')).toBe('1');
    expect(uriCompare('http://abc.com', 'http://abc.com/')).toBe(true);
    expect(uriCompare('/a%2Fb', '/a/b')).toBe(false);
    expect(uriCompare('http://abc.com/x', 'https://abc.com/x')).toBe(false);
  });
});

// ---- IP::addr -----------------------------------------------------------------------------------

describe('IP::addr (clouddocs IP::addr; DevCentral "IP Comparison Considerations with IP::addr")', () => {
  it('compares address to network in all documented forms', () => {
    const h = harness();
    expect(h.run('IP::addr 10.10.20.5 equals 10.10.20.0/24')).toBe('1');
    expect(h.run('IP::addr 10.10.20.5 equals 10.10.20.0/255.255.255.0')).toBe('1');
    expect(h.run('IP::addr 10.10.20.5 equals "10.10.20.0 mask 255.255.255.0"')).toBe('1');
    expect(h.run('IP::addr 10.10.20.5/24 equals 10.10.20.0')).toBe('1');
    expect(h.run('IP::addr "10.10.20.5 mask 255.255.255.0" equals 10.10.20.0')).toBe('1');
    expect(h.run('IP::addr 10.10.21.5 equals 10.10.20.0/24')).toBe('0');
    expect(h.run('IP::addr 10.10.20.5 equals 10.10.20.5')).toBe('1');
  });

  it('eq compares like equals (F5\'s SSL::enable and HTTP2::enable pages write IP::addr [IP::client_addr] eq 10.0.0.0/8)', () => {
    const h = harness();
    expect(h.run('IP::addr 10.1.1.7 eq 10.1.1.0/24')).toBe('1');
    expect(h.run('IP::addr 10.1.2.7 eq 10.1.1.0/24')).toBe('0');
    expect(h.run('IP::addr 2001:db8::1 eq 2001:DB8:0::1')).toBe('1');
  });

  it('is not a string comparison', () => {
    const h = harness();
    expect(h.run('IP::addr 2001:db8:0:0::1 equals 2001:DB8::1')).toBe('1');
    expect(h.run('IP::addr 2001:db8::1 equals 2001:db8::/32')).toBe('1');
    expect(h.run('IP::addr 2001:db9::1 equals 2001:db8::/32')).toBe('0');
  });

  it('route domains must agree (Route Domains note, ID476920)', () => {
    const h = harness();
    expect(h.run('IP::addr 10.0.0.1%2 equals 10.0.0.0/8')).toBe('0');
    expect(h.run('IP::addr 10.0.0.1%2 equals 10.0.0.0%2/8')).toBe('1');
  });

  it('ADDR mask MASK gives the network ID', () => {
    const h = harness();
    expect(h.run('IP::addr 10.10.20.77 mask 255.255.255.0')).toBe('10.10.20.0');
    expect(h.run('IP::addr [IP::addr 10.10.20.77 mask 255.255.255.0] equals 10.10.20.0')).toBe('1');
    expect(h.run('IP::addr 2001:db8:1:2::5 mask ffff:ffff::')).toBe('2001:db8::');
  });

  it('parse reads 4 binary bytes as a dotted quad; -swap reverses them', () => {
    const h = harness();
    expect(h.run('IP::addr parse [b64decode CgECAw==]')).toBe('10.1.2.3');
    expect(h.run('IP::addr parse -swap [b64decode CgECAw==]')).toBe('3.2.1.10');
    expect(h.run('IP::addr parse [b64decode AAoBAgM=] 1')).toBe('10.1.2.3');
  });

  it('errors on text that is not an address', () => {
    const h = harness();
    expect(h.err('IP::addr foo equals 10.0.0.1')).toBe('invalid IP address "foo"');
    expect(h.err('IP::addr 10.0.0.1 is 10.0.0.1')).toMatch(/^bad operator/);
  });

  it('parsing and formatting helpers', () => {
    expect(parseAddress('300.1.1.1')).toBeNull();
    expect(parseAddress('1::2::3')).toBeNull();
    const a = parseAddress('::ffff:10.1.2.3')!;
    expect(formatAddress(a.bytes, true)).toBe('10.1.2.3');
    expect(formatAddress(parseAddress('2001:0db8:0000:0000:0001:0000:0000:0001')!.bytes, false)).toBe('2001:db8::1:0:0:1');
    expect(parseNetwork('host 10.1.1.1')!.prefix).toBe(128);
    expect(parseNetwork('10.0.0.0/8')!.prefix).toBe(104);
  });
});
