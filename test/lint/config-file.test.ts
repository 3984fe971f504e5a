// Linting a whole bigip.conf / SCF export: every `ltm rule` is checked, the other objects are
// skipped without error, and the file's virtual servers (profiles), pools and data groups are the
// checks' context. Also irule's own `emit --target tmsh` output, and stylish's codeframe.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lintSource } from '../../src/lint/linter.js';
import { formatStylish } from '../../src/lint/formatters/stylish.js';

const CONF = `#TMSH-VERSION: 15.1.0

sys folder / {
    device-group none
    hidden false
}
ltm data-group internal /Common/allowed_hosts {
    records {
        example.com { }
    }
    type string
}
ltm pool /Common/ai_pool {
    members {
        /Common/10.0.1.1:8080 {
            address 10.0.1.1
        }
    }
    monitor /Common/http
}
ltm profile http /Common/my_http {
    defaults-from /Common/http
}
ltm rule /Common/pin {
when HTTP_REQUEST {
    if { [class match -- [HTTP::host] equals allowed_hosts] } {
        pool ai_pool
    }
    if { [class match -- [HTTP::host] equals blocked_hosts] } {
        pool /Common/other_pool
    }
    persist uie [HTTP::header value X-Id] 60
}
}
ltm rule /Common/tcp_only {
when CLIENT_ACCEPTED {
    HTTP::header insert X-A 1
}
}
ltm virtual /Common/vs_ai {
    destination /Common/203.0.113.10:443
    pool /Common/ai_pool
    profiles {
        /Common/my_http { }
        /Common/tcp { }
    }
    rules {
        /Common/pin
    }
}
ltm virtual /Common/vs_tcp {
    destination /Common/203.0.113.11:443
    profiles {
        /Common/tcp { }
    }
    rules {
        /Common/tcp_only
    }
}
net vlan /Common/external {
    interfaces {
        1.1 { }
    }
}
`;
const lineOf = (needle: string) => CONF.split('\n').findIndex((l) => l.includes(needle)) + 1;
const at = (code: string) => lintSource(CONF, 'bigip.conf').filter((d) => d.code === code).map((d) => d.line);

describe('lint of a bigip.conf', () => {
  it('skips every object other than ltm rule without an error', () => {
    const d = lintSource(CONF, 'bigip.conf');
    expect(d.filter((x) => x.severity === 'error' && x.code !== 'IR2017')).toEqual([]);
    expect(d.filter((x) => x.category === 'syntax')).toEqual([]);
  });
  it("a data group the file defines is known; one it does not define is reported", () => {
    expect(at('IR2016')).toEqual([lineOf('blocked_hosts')]);
  });
  it('a literal pool the file does not define is an error; a defined one (short or full name) is not', () => {
    expect(at('IR2017')).toEqual([lineOf('other_pool')]);
  });
  it("each rule gets the profiles of its own virtual server (a custom http profile counts as http)", () => {
    // pin is on vs_ai (my_http, tcp): HTTP is fine, persist uie has no universal profile there.
    expect(at('IR2013')).toEqual([lineOf('persist uie')]);
    // tcp_only is on vs_tcp (tcp only): its HTTP command needs an http profile.
    expect(at('IR2005')).toEqual([lineOf('HTTP::header insert X-A')]);
  });
  it('a rule on no virtual server has unknown profiles; without pools in the file, pools are unknown', () => {
    const d = lintSource('ltm rule /Common/r {\nwhen HTTP_REQUEST {\n  pool anything\n  persist uie x\n}\n}\nltm virtual /Common/v {\n  rules { /Common/other }\n}\n', 'x.conf');
    expect(d.map((x) => x.code).filter((c) => c === 'IR2005' || c === 'IR2013' || c === 'IR2017')).toEqual([]);
  });
  it("irule's own emit --target tmsh output lints with its virtual server's profiles (merge syntax)", () => {
    const emitted = `ltm rule /Common/r {\nwhen HTTP_REQUEST {\n  persist uie [HTTP::cookie sid] 60\n  pool ai_pool\n}\n}\nltm persistence universal /Common/r_persist {\n    defaults-from /Common/universal\n}\nltm pool /Common/ai_pool {\n    members replace-all-with {\n        /Common/10.0.1.1:8080 { address 10.0.1.1 }\n    }\n}\nltm virtual /Common/vs {\n    profiles replace-all-with {\n        /Common/tcp { }\n        /Common/http { }\n    }\n    persist replace-all-with {\n        /Common/r_persist { default yes }\n    }\n    rules {\n        /Common/r\n    }\n}\n`;
    const codes = lintSource(emitted, 'emitted.conf').map((d) => d.code);
    for (const c of ['IR2005', 'IR2013', 'IR2017', 'IR1001']) expect(codes).not.toContain(c);
  });
});

describe('stylish codeframe', () => {
  it('shows the source line with a caret under the column, tabs kept, and the docs page of each code', () => {
    const source = 'when HTTP_REQUEST {\n\tif { 1 }{\n\t\tpool a\n\t}\n}\n';
    const out = formatStylish([{ file: 'a.tcl', source, diagnostics: lintSource(source, 'a.tcl').filter((d) => d.code === 'IR1002') }], { links: false });
    const lines = out.split('\n');
    const i = lines.findIndex((l) => l.includes('IR1002'));
    expect(lines[i + 1]).toBe('      2 | \tif { 1 }{');
    expect(lines[i + 2]).toBe('        | \t        ^');
    expect(out).toMatch(/^IR1002: .*docs\/lint\/IR1002-missing-word-space\.md$/m);
  });
  it('on a terminal the code is a hyperlink to its page', () => {
    const source = 'when HTTP_REQUEST {\n  if { 1 }{\n    pool a\n  }\n}\n';
    const out = formatStylish([{ file: 'a.tcl', source, diagnostics: lintSource(source, 'a.tcl') }], { links: true });
    expect(out).toContain('\x1b]8;;file://');
    expect(out).toContain('docs/lint/IR1002-missing-word-space.md\x1b\\IR1002\x1b]8;;\x1b\\');
  });
  it('irule lint prints it for a bigip.conf, and --format json carries no source', () => {
    const dir = mkdtempSync(join(tmpdir(), 'irule-conf-'));
    writeFileSync(join(dir, 'bigip.conf'), CONF);
    const bin = new URL('../../bin/irule', import.meta.url).pathname;
    const r = spawnSync(process.execPath, [bin, 'lint', 'bigip.conf'], { cwd: dir, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    expect(r.stdout).toContain(`${lineOf('other_pool')} |         pool /Common/other_pool`);
    expect(r.status).toBe(1);
    const json = spawnSync(process.execPath, [bin, 'lint', '--format', 'json', 'bigip.conf'], { cwd: dir, encoding: 'utf8' });
    expect(Object.keys(JSON.parse(json.stdout)[0])).toEqual(['file', 'diagnostics']);
  });
});
