// log and HSL (docs/bigip-reference.md §7): lines as /var/log/ltm would hold them, captured per request.

import { wrongArgs } from '../../tcl/errors.js';
import type { CommandDef } from '../../tcl/interp.js';
import { str } from '../../tcl/value.js';
import { hostOf } from '../host.js';

const MAX_LOG_BYTES = 1024;

/** A facility looks like `local0.`, `local0.info`, `user.warn` ... */
const FACILITY = /^(local[0-7]|user|daemon|auth|authpriv|kern|mail|news|syslog|cron|ftp|lpr|uucp)\.(\w*)$/;

/** The longest prefix of `s` that fits in `max` UTF-8 bytes; a character cut by the limit is dropped (not turned into U+FFFD). */
function truncateUtf8(s: string, max: number): string {
  const b = Buffer.from(s, 'utf8');
  let end = max;
  // Back up over continuation bytes (10xxxxxx) to the start of the character the limit cuts.
  if (end < b.length && (b[end]! & 0xc0) === 0x80) while (end > 0 && (b[end]! & 0xc0) === 0x80) end--;
  return b.subarray(0, end).toString('utf8');
}

const log: CommandDef = {
  name: 'log',
  fn: (interp, argv) => {
    const a = argv.slice(1).map(str);
    let noname = false;
    if (a[0] === '-noname') {
      noname = true;
      a.shift();
    }
    // `log [-noname] REMOTE_IP[:PORT] facility.level message` sends to a remote syslog server instead of
    // /var/log/ltm (https://clouddocs.f5.com/api/irules/log.html): recorded with a `syslog DEST:` prefix.
    let remote: string | null = null;
    if (a.length === 3 && /^(\d{1,3}(\.\d{1,3}){3}|\[[0-9A-Fa-f:.]+\]|[0-9A-Fa-f:]+)(:\d{1,5})?$/.test(a[0]!) && FACILITY.test(a[1]!)) remote = a.shift()!;
    if (a.length < 1 || a.length > 2) throw wrongArgs('log ?-noname? ?facility.level? message');
    if (a.length === 2 && !FACILITY.test(a[0]!)) throw wrongArgs('log ?-noname? ?facility.level? message');
    let message = a[a.length - 1]!;
    if (Buffer.byteLength(message, 'utf8') > MAX_LOG_BYTES) message = truncateUtf8(message, MAX_LOG_BYTES); // §7.2
    const h = hostOf(interp);
    const line = noname ? message : `Rule ${h.ruleName} <${h.event}>: ${message}`;
    h.effects?.logs.push(remote ? `syslog ${remote}: ${line}` : line);
    return '';
  },
};

const hslOpen: CommandDef = {
  name: 'HSL::open',
  fn: (_interp, argv) => {
    const a = argv.slice(1).map(str);
    const proto = a[a.indexOf('-proto') + 1] ?? 'UDP';
    const pool = a[a.indexOf('-pool') + 1] ?? '';
    return `hsl_${proto.toLowerCase()}_${pool.replace(/\W+/g, '_')}`;
  },
};

const hslSend: CommandDef = {
  name: 'HSL::send',
  fn: (interp, argv) => {
    if (argv.length !== 3) throw wrongArgs('HSL::send handle data');
    hostOf(interp).effects?.hsl.push(str(argv[2]!));
    return '';
  },
};

export const logCommands: CommandDef[] = [log, hslOpen, hslSend];
