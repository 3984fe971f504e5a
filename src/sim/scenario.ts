// Loading a scenario file (docs/formats.md "Scenario file"): YAML or JSON, checked against the shipped JSON
// Schema (schemas/scenario.schema.json) and then semantically (files exist, addresses parse, names are
// unique), normalised with defaults into a Scenario. Every problem is one InputError naming the file,
// line and field.

import { realpathSync, statSync } from 'node:fs';
import { FileReadError, insideRoots, printableName, readInputBytes, readInputFile, scenarioRoots } from '../input/files.js';
import { NotTextError } from '../input/bytes.js';
import { basename, dirname, isAbsolute, join, resolve } from 'node:path';
import { isAlias, isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node } from 'yaml';
import { HOST_PORT_EXPECTED, normaliseIp, parseHostPort, parseNetwork } from './address.js';
import { findJsonSyntaxError, LineIndex, locateJson, type JsonPath } from '../input/jsonpos.js';
import { checkOrder, scenarioMembers, toTrafficEvent } from './traffic.js';
import { InputError, type Scenario, type TrafficEvent } from './types.js';
import type { DataGroupConfig, LbMethod, MemberConfig, MemberState, PersistenceProfile, PoolConfig } from '../bigip/config.js';
import { describeValue, fieldPath } from './util.js';
import { budgetKey, type Limits } from '../tcl/interp.js';
import type { ScenarioFactFields, ScenarioFacts, TlsFacts } from '../bigip/facts.js';
import { DEFAULT_CONVERSATION, parseConversationSource, type ConversationSource } from './conversation.js';
import { checkScenarioSchema } from './validate.js';

/** Defaults applied when a scenario leaves a field out (the schema documents the same values). */
export const SCENARIO_DEFAULTS = {
  hostname: 'bigip1',
  lb: 'round-robin' as LbMethod,
  ratio: 1,
  state: 'up' as MemberState,
  persistenceTimeout: 180,
  http: true,
  oneconnect: false,
  websocket: false,
  tmmCount: 1,
} as const;

/** A parsed scenario source: its data and where each field is in the text. */
export interface SourceMap {
  file: string;
  data: unknown;
  /** Line of the value at `path` (of its key with `key`), or of the nearest enclosing value found. */
  lineOf(path: JsonPath, key?: boolean): number;
  /** Rules given as text (the library API): a name in `rules` found here is not a file. */
  ruleSources?: ReadonlyMap<string, string>;
}

/** Parse YAML text into data plus a path -> line map. Syntax errors throw InputError. */
export function parseYamlSource(text: string, file: string): SourceMap {
  if (text.length > MAX_YAML_CHARS) {
    throw new InputError(file, null, null, `a YAML scenario of ${text.length} characters, more than ${MAX_YAML_CHARS}: parsing that much YAML takes seconds; write it as JSON (scenario.json), or move data out to files`);
  }
  const deep = flowNestingPastLimit(text);
  if (deep !== null) {
    const line = text.slice(0, deep).split('\n').length;
    throw new InputError(file, line, null, `invalid YAML: nested more than ${MAX_YAML_DEPTH} levels deep`);
  }
  const lc = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lc, prettyErrors: false });
  if (doc.errors.length > 0) {
    const e = doc.errors[0]!;
    const pos = lc.linePos(e.pos[0]);
    let msg = e.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
    // The YAML parser reports its own stack overflow as an error of the document: say what it means.
    if (/Maximum call stack size exceeded/.test(msg)) msg = `nested too deeply (a scenario nests at most ${MAX_YAML_DEPTH} levels)`;
    const lineText = text.split(/\r?\n/)[pos.line - 1] ?? '';
    if (/\[[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*\]:\d/.test(lineText) && !/["']\[/.test(lineText)) {
      msg += ' (quote IPv6 addresses: "[2001:db8::1]:80")';
    }
    throw new InputError(file, pos.line, null, `invalid YAML: ${msg}`, pos.col);
  }
  checkExpansion(doc, file, lc);
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: -1 }) as unknown;
  } catch (e) {
    throw new InputError(file, null, null, `invalid YAML: ${(e as Error).message.split('\n')[0]}`);
  }
  return {
    file,
    data,
    lineOf(path, key = false) {
      return lc.linePos(yamlOffset(doc, path, key)).line;
    },
  };
}

/** Longest YAML scenario (README "Input files"): the YAML parser needs about a second per MiB of dense YAML,
 * so a larger one (or one 30 MB line) would stall every command that loads it. JSON has no such cap
 * beyond --max-input-size. */
export const MAX_YAML_CHARS = 1024 * 1024;

/** What a scenario's data may expand to once YAML aliases are resolved (README "Input files"):
 * a few aliases of a large anchor, or aliases of aliases (the billion laughs), would otherwise take
 * minutes and gigabytes before any check runs. */
export const MAX_YAML_EXPANDED_NODES = 1_000_000;
export const MAX_YAML_EXPANDED_CHARS = 64 * 1024 * 1024;
/** Nesting deeper than this is refused before anything walks the document recursively. */
export const MAX_YAML_DEPTH = 200;

/**
 * The offset of the first `[` or `{` nested more than MAX_YAML_DEPTH flow collections deep, or null:
 * the YAML parser recurses once per level and needs seconds to run out of stack on 100,000 of them.
 * Quoted scalars and comments are skipped; a bracket in a block scalar counts (a scenario with 200
 * unclosed ones there is not a scenario).
 */
function flowNestingPastLimit(text: string): number | null {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 91 /* [ */ || c === 123 /* { */) {
      if (++depth > MAX_YAML_DEPTH) return i;
    } else if ((c === 93 /* ] */ || c === 125 /* } */) && depth > 0) depth--;
    else if (c === 34 /* " */) {
      for (i++; i < text.length && text.charCodeAt(i) !== 34; i++) if (text.charCodeAt(i) === 92) i++;
    } else if (c === 39 /* ' */ && (i === 0 || /[\s\[{,:]/.test(text[i - 1]!))) {
      for (i++; i < text.length && text.charCodeAt(i) !== 39; i++);
    } else if (c === 35 /* # */ && (i === 0 || /\s/.test(text[i - 1]!))) {
      while (i < text.length && text.charCodeAt(i) !== 10) i++;
    }
  }
  return null;
}

function checkExpansion(doc: Document, file: string, lc: LineCounter): void {
  // Size of each node once expanded, memoised so that an alias costs what its anchor costs.
  const memo = new Map<unknown, [number, number]>();
  const fail = (node: unknown, what: string): never => {
    const at = (node as Node | null)?.range?.[0];
    const line = at === undefined ? null : lc.linePos(at).line;
    throw new InputError(file, line, null, `invalid YAML: ${what}`);
  };
  const size = (node: unknown, depth: number): [number, number] => {
    if (depth > MAX_YAML_DEPTH) fail(node, `nested more than ${MAX_YAML_DEPTH} levels deep`);
    const known = memo.get(node);
    if (known) return known;
    let nodes = 1;
    let chars = 0;
    const add = (child: unknown) => {
      const [n, c] = size(child, depth + 1);
      nodes += n;
      chars += c;
    };
    if (isAlias(node)) {
      const target = node.resolve(doc);
      if (target === undefined) return [1, 0];
      memo.set(node, [1, 0]); // a cycle (anchor inside itself) counts once
      add(target);
    } else if (isMap(node) || isSeq(node)) {
      for (const item of node.items) add(item);
    } else if (isPair(node)) {
      add(node.key);
      add(node.value);
    } else if (isScalar(node)) {
      chars = typeof node.value === 'string' ? node.value.length : 8;
    }
    if (nodes > MAX_YAML_EXPANDED_NODES) fail(node, `aliases expand to more than ${MAX_YAML_EXPANDED_NODES} values`);
    if (chars > MAX_YAML_EXPANDED_CHARS) fail(node, `aliases expand to more than ${MAX_YAML_EXPANDED_CHARS} characters`);
    const r: [number, number] = [nodes, chars];
    memo.set(node, r);
    return r;
  };
  size(doc.contents, 0);
}

function yamlOffset(doc: Document, path: JsonPath, key: boolean): number {
  let node: unknown = doc.contents;
  let best = (node as Node | null)?.range?.[0] ?? 0;
  for (let i = 0; i < path.length; i++) {
    const seg = path[i]!;
    if (isAlias(node)) node = node.resolve(doc);
    if (isMap(node)) {
      const pair = node.items.find((p) => isPair(p) && String(isScalar(p.key) ? p.key.value : p.key) === String(seg));
      if (!pair) return best;
      const keyStart = (pair.key as Node | null)?.range?.[0];
      if (keyStart !== undefined) best = keyStart;
      if (i === path.length - 1 && key) return best;
      node = pair.value;
      // A collection is reported at its key ("members:"), a scalar where it is written.
      const vs = (node as Node | null)?.range?.[0];
      if (vs !== undefined && (keyStart === undefined || !(isMap(node) || isSeq(node)))) best = vs;
    } else if (isSeq(node) && typeof seg === 'number') {
      node = node.items[seg];
      const vs = (node as Node | null)?.range?.[0];
      if (vs === undefined) return best;
      best = vs;
    } else return best;
  }
  return best;
}

/** Parse JSON text into data plus a path -> line map. Syntax errors throw InputError with the column. */
export function parseJsonSource(text: string, file: string): SourceMap {
  const lines = new LineIndex(text);
  let data: unknown;
  try {
    data = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch {
    const err = findJsonSyntaxError(text);
    const pos = lines.pos(err?.offset ?? 0);
    throw new InputError(file, pos.line, null, `invalid JSON: ${err?.message ?? 'syntax error'}`, pos.column);
  }
  return {
    file,
    data,
    lineOf(path, key = false) {
      const loc = locateJson(text, path);
      return lines.pos(key && loc.exact && loc.keyOffset !== null ? loc.keyOffset : loc.offset).line;
    },
  };
}

export interface LoadOptions {
  /** Folders besides the scenario's own tree whose files it may name (--root). */
  roots?: readonly string[];
}

/** Load, check and normalise a scenario file. Throws InputError (one line: file:line: field: message). */
export function loadScenario(file: string, options: LoadOptions = {}): Scenario {
  let text: string;
  try {
    text = readInputFile(file);
  } catch (e) {
    if (e instanceof FileReadError) throw new InputError(file, null, null, `cannot read the scenario: ${e.reason}`);
    if (e instanceof NotTextError) throw new InputError(file, e.line, null, e.detail);
    throw e;
  }
  const src = /\.json$/i.test(file) ? parseJsonSource(text, file) : parseYamlSource(text, file);
  return scenarioFromSource(src, options);
}

/** Check and normalise parsed scenario data (see loadScenario). */
export function scenarioFromSource(src: SourceMap, options: LoadOptions = {}): Scenario {
  const { file, data } = src;
  if (data === null || data === undefined) {
    throw new InputError(file, 1, null, 'the scenario is empty; expected a map with rules, virtual, pool and traffic');
  }
  const p = checkScenarioSchema(data, (path, key) => src.lineOf(path, key));
  if (p) throw new InputError(file, p.line, p.field || null, p.message);
  return new Normaliser(src, [...scenarioRoots(file), ...(options.roots ?? [])]).run(data as RawScenario);
}

// The shape the schema guarantees (loosely typed where it allows alternatives).
interface RawPool {
  name: string;
  lb?: LbMethod;
  members: (string | { address: string; ratio?: number; state?: MemberState })[];
}
interface RawScenario extends ScenarioFactFields {
  name?: string;
  rules: string | string[];
  libraryRules?: string | string[];
  hostname?: string;
  virtual: {
    name: string;
    address: string;
    profiles?: {
      http?: boolean | object;
      oneconnect?: boolean | object;
      websocket?: boolean | object;
      persistence?: null | false | {
        type: PersistenceProfile['type'];
        timeout?: number;
        matchAcrossServices?: boolean;
        matchAcrossVirtuals?: boolean;
        matchAcrossPools?: boolean;
      };
    };
  };
  pool: RawPool;
  pools?: RawPool[];
  datagroups?: Record<string, Record<string, unknown>>;
  limits?: Record<string, number>;
  traffic: string | unknown[];
  conversation?: string | string[];
}

type Scalar = string | number | boolean | null;

/** Files a scenario may name outside its roots: rules and traffic, by their extension. */
const OUTSIDE_OK: Record<string, RegExp> = { 'rule file': /\.(tcl|irule|irul)$/i, 'traffic file': /\.(jsonl|har)$/i };

/** `limits: { steps: N, ... }` as Limits (the schema allows only the known names). */
function scenarioLimits(raw: Record<string, number> | undefined): Partial<Limits> {
  const out: Partial<Limits> = {};
  for (const [name, n] of Object.entries(raw ?? {})) {
    const key = budgetKey(name);
    if (key) out[key] = n;
  }
  return out;
}

/** Where a path leads once every symbolic link is followed (the path itself when it cannot be resolved). */
function realPath(p: string): string {
  try {
    return realpathSync(p);
  } catch {
    return resolve(p);
  }
}

class Normaliser {
  private readonly dir: string;
  constructor(private readonly src: SourceMap, private readonly roots: readonly string[]) {
    this.dir = dirname(src.file);
  }

  private fail(path: JsonPath, detail: string, key = false): never {
    throw new InputError(this.src.file, this.src.lineOf(path, key), fieldPath(path) || null, detail);
  }

  private resolvePath(p: string): string {
    return isAbsolute(p) ? p : join(this.dir, p);
  }

  private existingFile(p: string, path: JsonPath, what: string): string {
    const full = this.resolvePath(p);
    const shown = printableName(full);
    let st;
    try {
      st = statSync(full);
    } catch {
      this.fail(path, `${what} not found: ${shown}`);
    }
    // Only files in the scenario's own folder tree (or its git work tree, the working directory, a
    // --root), or elsewhere only rule and traffic files by their extension: a scenario from elsewhere
    // must not read /etc/shadow or /proc/self/environ into a rule error message.
    // The extension is the one of the file read, not of a symbolic link to it: rule.tcl -> /etc/shadow
    // is refused like /etc/shadow.
    const real = realPath(full);
    if (!insideRoots(full, this.roots) && !(OUTSIDE_OK[what]?.test(full) && OUTSIDE_OK[what]!.test(real))) {
      const via = real === resolve(full) ? '' : ` (a symbolic link to ${printableName(real)})`;
      this.fail(path, `${what} ${shown}${via} is outside the folders a scenario may name files in (its own, its git work tree, the working directory) and has no rule or traffic file extension; pass --root DIR to allow files under DIR`);
    }
    if (st.isDirectory()) this.fail(path, `${what} is a directory, expected a file: ${shown}`);
    if (!st.isFile()) this.fail(path, `${what} is not a regular file (a device, FIFO or socket): ${shown}`);
    return full;
  }

  /** A file the scenario names, read whole as bytes (latin1), with a one-line error. */
  private readNamed(full: string, path: JsonPath, what: string): string {
    try {
      return readInputBytes(full).toString('latin1');
    } catch (e) {
      if (e instanceof FileReadError) this.fail(path, `${what} ${e.message}`);
      throw e;
    }
  }

  private address(v: string, path: JsonPath): string {
    const hp = parseHostPort(v);
    if (!hp) this.fail(path, `${HOST_PORT_EXPECTED}, got ${describeValue(v)}`);
    return hp.text;
  }

  run(d: RawScenario): Scenario {
    const name = d.name ?? (basename(dirname(resolve(this.src.file))) || basename(this.src.file));
    const virtualName = d.virtual.name;
    const partition = /^\/([^/]+)\//.exec(virtualName)?.[1] ?? 'Common';
    const full = (n: string): string => (n.startsWith('/') ? n : `/${partition}/${n}`);

    // Rules: files exist; names (file name without extension) unique, as BIG-IP requires.
    const ruleList = typeof d.rules === 'string' ? [d.rules] : d.rules;
    const rulePath = (i: number): JsonPath => (typeof d.rules === 'string' ? ['rules'] : ['rules', i]);
    const ruleNames = new Map<string, number>();
    const inline = this.src.ruleSources;
    const rules = ruleList.map((r, i) => {
      const f = inline?.has(r) ? r : this.existingFile(r, rulePath(i), 'rule file');
      const rn = full(basename(f).replace(/\.(tcl|irule|irul)$/i, ''));
      const prev = ruleNames.get(rn);
      if (prev !== undefined) this.fail(rulePath(i), `rule ${rn} is already attached by rules[${prev}]`);
      ruleNames.set(rn, i);
      return f;
    });
    // Library rules: loaded on the box, not attached (docs/behaviour.md "Several rules"); names unique across both lists.
    const libList = d.libraryRules === undefined ? [] : typeof d.libraryRules === 'string' ? [d.libraryRules] : d.libraryRules;
    const libPath = (i: number): JsonPath => (typeof d.libraryRules === 'string' ? ['libraryRules'] : ['libraryRules', i]);
    const libNames = new Map<string, number>();
    const libraryRules = libList.map((r, i) => {
      const f = inline?.has(r) ? r : this.existingFile(r, libPath(i), 'rule file');
      const rn = full(basename(f).replace(/\.(tcl|irule|irul)$/i, ''));
      const attached = ruleNames.get(rn);
      if (attached !== undefined) this.fail(libPath(i), `rule ${rn} is already attached by rules[${attached}]`);
      const prev = libNames.get(rn);
      if (prev !== undefined) this.fail(libPath(i), `rule ${rn} is already loaded by libraryRules[${prev}]`);
      libNames.set(rn, i);
      return f;
    });

    const prof = d.virtual.profiles ?? {};
    const onOff = (v: boolean | object | undefined, dflt: boolean): boolean => (v === undefined ? dflt : v !== false);
    const p = prof.persistence;
    const persistence: PersistenceProfile | null =
      p === undefined || p === null || p === false
        ? null
        : {
            type: p.type,
            timeout: p.timeout ?? SCENARIO_DEFAULTS.persistenceTimeout,
            matchAcrossServices: p.matchAcrossServices ?? false,
            matchAcrossVirtuals: p.matchAcrossVirtuals ?? false,
            matchAcrossPools: p.matchAcrossPools ?? false,
          };
    const virtual = {
      name: virtualName,
      address: this.address(d.virtual.address, ['virtual', 'address']),
      profiles: {
        http: onOff(prof.http, SCENARIO_DEFAULTS.http),
        oneconnect: onOff(prof.oneconnect, SCENARIO_DEFAULTS.oneconnect),
        websocket: onOff(prof.websocket, SCENARIO_DEFAULTS.websocket),
        persistence,
      },
    };

    // Pools: names unique (within the partition), members unique within a pool.
    const poolNames = new Map<string, string>();
    const pool = this.pool(d.pool, ['pool'], full, poolNames);
    const pools = (d.pools ?? []).map((rp, i) => this.pool(rp, ['pools', i], full, poolNames));

    // Data groups.
    const datagroups: Record<string, DataGroupConfig> = {};
    const dgNames = new Map<string, string>();
    for (const [dgName, raw] of Object.entries(d.datagroups ?? {})) {
      const at: JsonPath = ['datagroups', dgName];
      const fn = full(dgName);
      const prev = dgNames.get(fn);
      if (prev !== undefined) this.fail(at, `data group ${fn} is also defined as ${JSON.stringify(prev)}`, true);
      dgNames.set(fn, dgName);
      datagroups[dgName] = this.datagroup(raw, at);
    }

    const base: Omit<Scenario, 'traffic'> = {
      name,
      file: this.src.file,
      rules,
      ...(libraryRules.length ? { libraryRules } : {}),
      ...(inline ? { ruleSources: inline } : {}),
      virtual,
      pool,
      pools,
      datagroups,
      hostname: d.hostname ?? SCENARIO_DEFAULTS.hostname,
      ...(d.limits ? { limits: scenarioLimits(d.limits) } : {}),
      facts: this.facts(d),
      conversation: this.conversation(d.conversation),
    };
    let traffic: Scenario['traffic'];
    if (typeof d.traffic === 'string') {
      traffic = { file: this.existingFile(d.traffic, ['traffic'], 'traffic file') };
    } else {
      traffic = { events: this.inlineTraffic(d.traffic, scenarioMembers(base)) };
    }
    return { ...base, traffic };
  }

  /** The facts rules read from outside the traffic; iFiles are read from their files now. */
  private facts(d: RawScenario): ScenarioFacts {
    const f: ScenarioFacts = { tmmCount: d.tmmCount ?? SCENARIO_DEFAULTS.tmmCount };
    if (d.tls) f.tls = d.tls;
    if (d.apm) f.apm = Object.fromEntries(Object.entries(d.apm).map(([k, v]) => [k, String(v)]));
    if (d.snat !== undefined) {
      const a = normaliseIp(d.snat);
      if (!a) this.fail(['snat'], `must be an IP address, got ${describeValue(d.snat)}`);
      f.snat = a.ip;
    }
    if (d.virtuals) f.virtuals = d.virtuals;
    if (d.profiles) f.profiles = d.profiles;
    if (d.geo) {
      f.geo = {};
      for (const [net, rec] of Object.entries(d.geo)) {
        if (!parseNetwork(net)) this.fail(['geo', net], `must be an IP address or network like 192.0.2.0/24, got ${describeValue(net)}`, true);
        f.geo[net] = Object.fromEntries(Object.entries(rec).map(([k, v]) => [k, String(v)]));
      }
    }
    if (d.reputation) {
      f.reputation = {};
      for (const [net, cats] of Object.entries(d.reputation)) {
        if (!parseNetwork(net)) this.fail(['reputation', net], `must be an IP address or network like 192.0.2.0/24, got ${describeValue(net)}`, true);
        f.reputation[net] = cats.map(String);
      }
    }
    if (d.hops) {
      f.hops = {};
      for (const [net, n] of Object.entries(d.hops)) {
        if (!parseNetwork(net)) this.fail(['hops', net], `must be an IP address or network like 192.0.2.0/24, got ${describeValue(net)}`, true);
        f.hops[net] = n;
      }
    }
    if (d.sideband) f.sideband = d.sideband;
    if (d.ilx) f.ilx = Object.fromEntries(Object.entries(d.ilx).map(([k, m]) => [k, Object.fromEntries(Object.entries(m).map(([n, v]) => [n, String(v)]))]));
    if (d.asm) {
      f.asm = {
        policy: d.asm.policy,
        mode: d.asm.mode ?? 'normal',
        verdicts: (d.asm.verdicts ?? []).map((v) => ({
          ...(v.method !== undefined ? { method: v.method } : {}),
          ...(v.uri !== undefined ? { uri: v.uri } : {}),
          verdict: { status: v.status, violations: v.violations ?? [], ...(v.supportId !== undefined ? { supportId: v.supportId } : {}) },
        })),
      };
    }
    if (d.eca) f.eca = d.eca;
    if (d.sharedvars) {
      f.sharedvars = Object.fromEntries(Object.entries(d.sharedvars).map(([name, v]) => [
        name,
        typeof v === 'object' ? Object.fromEntries(Object.entries(v).map(([k, x]) => [k, String(x)])) : String(v),
      ]));
    }
    if (d.ifiles) {
      f.ifiles = {};
      for (const [name, path] of Object.entries(d.ifiles)) {
        const full = this.existingFile(path, ['ifiles', name], 'iFile');
        f.ifiles[name] = this.readNamed(full, ['ifiles', name], 'iFile');
      }
    }
    return f;
  }

  /** `conversation:` one source or a list tried in order (the schema checked their shape). */
  private conversation(raw: string | string[] | undefined): ConversationSource[] {
    if (raw === undefined) return [...DEFAULT_CONVERSATION];
    const list = typeof raw === 'string' ? [raw] : raw;
    return list.map((text, i) => {
      const s = parseConversationSource(text);
      if (!s) this.fail(typeof raw === 'string' ? ['conversation'] : ['conversation', i], `must be header:NAME, cookie:NAME, query:NAME, field or persistence-key, got ${describeValue(text)}`);
      return s;
    });
  }

  private pool(rp: RawPool, at: JsonPath, full: (n: string) => string, seen: Map<string, string>): PoolConfig {
    const fn = full(rp.name);
    const prev = seen.get(fn);
    if (prev !== undefined) this.fail([...at, 'name'], `pool ${fn} is defined twice (also ${prev})`);
    seen.set(fn, fieldPath([...at, 'name']));
    const members: MemberConfig[] = [];
    const where = new Map<string, number>();
    rp.members.forEach((m, i) => {
      const mat: JsonPath = typeof m === 'string' ? [...at, 'members', i] : [...at, 'members', i, 'address'];
      const address = this.address(typeof m === 'string' ? m : m.address, mat);
      const dup = where.get(address);
      if (dup !== undefined) this.fail(mat, `member ${address} is listed twice (also ${fieldPath([...at, 'members', dup])})`);
      where.set(address, i);
      members.push(
        typeof m === 'string'
          ? { address, ratio: SCENARIO_DEFAULTS.ratio, state: SCENARIO_DEFAULTS.state }
          : { address, ratio: m.ratio ?? SCENARIO_DEFAULTS.ratio, state: m.state ?? SCENARIO_DEFAULTS.state },
      );
    });
    return { name: rp.name, lb: rp.lb ?? SCENARIO_DEFAULTS.lb, members };
  }

  private datagroup(raw: Record<string, unknown>, at: JsonPath): DataGroupConfig {
    const typed = raw.records !== undefined;
    const type = typed ? ((raw.type as DataGroupConfig['type'] | undefined) ?? 'string') : 'string';
    const recordsAt: JsonPath = typed ? [...at, 'records'] : at;
    const src = typed ? raw.records : raw;
    const list: { key: Scalar; value: Scalar; path: JsonPath; keyPath: boolean }[] = [];
    if (Array.isArray(src)) {
      src.forEach((r: Scalar | Scalar[], i) => {
        if (Array.isArray(r)) list.push({ key: r[0]!, value: r.length > 1 ? r[1]! : '', path: [...recordsAt, i], keyPath: false });
        else list.push({ key: r, value: '', path: [...recordsAt, i], keyPath: false });
      });
    } else {
      for (const [k, v] of Object.entries(src as Record<string, Scalar>)) list.push({ key: k, value: v, path: [...recordsAt, k], keyPath: true });
    }
    const text = (v: Scalar): string => (v === null ? '' : String(v));
    const seen = new Map<string, string>();
    const records = list.map(({ key, value, path, keyPath }) => {
      let k = text(key);
      if (type === 'ip') {
        const net = parseNetwork(k);
        if (!net) this.fail(path, `key must be an IP address or network like 10.0.0.0/8, got ${describeValue(k)}`, keyPath);
        const max = net.family === 4 ? 32 : 128;
        k = net.prefix === max ? net.ip : `${net.ip}/${net.prefix}`;
      } else if (type === 'integer') {
        if (!/^-?\d+$/.test(k.trim())) this.fail(path, `key must be an integer, got ${describeValue(key)}`, keyPath);
        k = String(BigInt(k.trim()));
      }
      const dup = seen.get(k);
      if (dup !== undefined) this.fail(path, `key ${JSON.stringify(k)} is listed twice (also ${dup})`, keyPath);
      seen.set(k, fieldPath(path));
      return { key: k, value: text(value) };
    });
    return { type, records };
  }

  private inlineTraffic(list: unknown[], members: Set<string>): TrafficEvent[] {
    const out: TrafficEvent[] = [];
    let lastT = 0;
    let lastLine = 0;
    list.forEach((raw, i) => {
      const itemPath: JsonPath = ['traffic', i];
      const ctx = {
        file: this.src.file,
        line: this.src.lineOf(itemPath),
        prefix: fieldPath(itemPath),
        lineOf: (p: JsonPath) => this.src.lineOf([...itemPath, ...p]),
        members,
      };
      const ev = toTrafficEvent(raw, ctx);
      if (ev.t < lastT) checkOrder(ev.t, lastT, lastLine, ctx);
      lastT = ev.t;
      lastLine = ctx.line;
      out.push(ev);
    });
    return out;
  }
}
