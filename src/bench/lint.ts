// The lint benchmark: a generated 20,000-line rule file (a bigip.conf export of many rules whose
// `when` blocks have realistic bodies: if, switch, foreach, HTTP::header, log, persist, table,
// class, procs), linted with every check.

import { performance } from 'node:perf_hooks';
import { lintSource } from '../lint/linter.js';

/** The HTTP_REQUEST handler of rule `i`: routing, persistence, rate limiting, observability. */
function httpRequest(i: number): string {
  return `when HTTP_REQUEST {
  # Only origin-form request targets are routed.
  if { !([HTTP::path] starts_with "/") } {
    HTTP::respond 400 content "Bad request"
    return
  }
  set path [string tolower [HTTP::path]]
  set host [string tolower [HTTP::host]]
  set tenant "default"
  if { [HTTP::header exists "X-Tenant-${i}"] } {
    set candidate [HTTP::header value "X-Tenant-${i}"]
    if { [regexp {^[a-z0-9-]{1,32}$} $candidate] } {
      set tenant $candidate
    }
  } elseif { [class match -- $host equals tenant_hosts_${i % 7}] } {
    set tenant [class match -value -- $host equals tenant_hosts_${i % 7}]
  }
  switch -glob -- $path {
    "/api/v1/*" {
      pool api_pool_${i % 5}
      persist uie $tenant 1800
    }
    "/static/*" -
    "/assets/*" {
      pool static_pool
      HTTP::header remove "Cookie"
    }
    "/ws/*" {
      if { [string tolower [HTTP::header value Upgrade]] eq "websocket" } {
        pool ws_pool_${i % 3}
      }
    }
    default {
      pool web_pool
    }
  }
  foreach name {X-Forwarded-For X-Real-IP X-Request-${i}} {
    HTTP::header remove $name
  }
  HTTP::header insert "X-Forwarded-For" [IP::client_addr]
  set count [table incr -subtable "rate_${i % 11}" [IP::client_addr]]
  if { $count == 1 } {
    table timeout -subtable "rate_${i % 11}" [IP::client_addr] 60
  } elseif { $count > ${100 + (i % 50)} } {
    HTTP::respond 429 content "Too many requests" "Retry-After" "60"
    event disable all
    return
  }
  set retries 0
  for { set n 0 } { $n < 3 } { incr n } {
    if { $n % 2 == 0 } { incr retries }
  }
  if { $static::debug_${i} } {
    log local0.debug "rule=${i} tenant=$tenant path=$path host=$host count=$count retries=$retries"
  }
}
`;
}

function httpResponse(i: number): string {
  return `when HTTP_RESPONSE {
  # Response headers and caching.
  set status [HTTP::status]
  if { $status >= 500 } {
    if { $static::debug_${i} } {
      log local0.warn "rule=${i} server error $status from [IP::server_addr]"
    }
  } elseif { $status == 304 } {
    return
  }
  switch -- [HTTP::header value "Content-Type"] {
    "text/html" -
    "application/json" {
      HTTP::header replace "Cache-Control" "no-store"
    }
    default {
      HTTP::header replace "Cache-Control" "max-age=${60 * (1 + (i % 10))}"
    }
  }
  foreach h {Server X-Powered-By X-AspNet-Version} {
    HTTP::header remove $h
  }
  HTTP::header remove "X-Rule"
  HTTP::header insert "X-Rule" "${i}"
}
`;
}

function clientAccepted(i: number): string {
  return `when CLIENT_ACCEPTED {
  # Per-connection state.
  set client [IP::client_addr]
  set seen [table lookup -subtable "clients_${i % 13}" $client]
  if { $seen eq "" } {
    table set -subtable "clients_${i % 13}" $client [clock seconds] 3600
  } elseif { [class match -- $client equals blocked_clients] } {
    drop
    return
  }
}
`;
}

function proc(i: number): string {
  return `proc lookup_${i} { key default } {
  # Look the key up in the session table, fall back to the default.
  set value [table lookup -subtable "sessions_${i}" $key]
  if { $value eq "" } {
    set value $default
  } elseif { [string length $value] > 64 } {
    set value [string range $value 0 63]
  }
  set out {}
  foreach part [split $value ","] {
    if { [string trim $part] eq "" } { continue }
    lappend out [string tolower $part]
  }
  if { [llength $out] == 0 } { return $default }
  return [join $out ","]
}
`;
}

/** One rule of a bigip.conf export (`ltm rule NAME { ... }`); `i` makes names and strings differ. */
function rule(i: number): string {
  const init = `when RULE_INIT {\n  set static::debug_${i} 0\n}\n`;
  return `ltm rule /Common/bench_rule_${i} {\n${i === 0 ? '# profiles: http, oneconnect, universal\n' : ''}${init}${clientAccepted(i)}${httpRequest(i)}${httpResponse(i)}${proc(i)}}\n`;
}

/** A bigip.conf-style file of many rules, at least `lines` lines long. */
export function generateRule(lines: number): string {
  const parts: string[] = ['# Generated for the lint benchmark: a bigip.conf export of many rules.', ''];
  let count = 2;
  for (let i = 0; count < lines; i++) {
    const r = rule(i);
    parts.push(r);
    count += r.split('\n').length - 1;
  }
  return parts.join('\n');
}

export interface LintBenchResult {
  lines: number;
  ms: number;
  linesPerSec: number;
  findings: number;
}

/** Lints a generated rule of `lines` lines `runs` times (after one warm-up run) and keeps the median. */
export function runLintBench(lines: number, runs = 3): LintBenchResult {
  const source = generateRule(lines);
  const n = source.split('\n').length;
  lintSource(generateRule(Math.min(lines, 2000)), 'warmup.tcl');
  const times: number[] = [];
  let findings = 0;
  for (let r = 0; r < runs; r++) {
    const t0 = performance.now();
    findings = lintSource(source, 'bench.tcl').length;
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  const ms = times[Math.floor(times.length / 2)]!;
  return { lines: n, ms, linesPerSec: Math.round(n / (ms / 1000)), findings };
}
