// A bigip.conf or SCF export (tmsh's configuration syntax; also `irule emit --target tmsh`): the
// objects a rule's checks can use as context. Every `ltm rule` is linted; pools, data groups,
// profiles, persistence profiles and virtual servers are read for what the rules may name, and
// every other object is skipped. The format is tmsh's: `MODULE TYPE [SUBTYPE] NAME { body }`, with
// brace-nested properties, as `tmsh save sys config` writes them (F5, "The BIG-IP System
// Configuration State": https://support.f5.com/content/kb/en-us/products/big-ip_ltm/manuals/product/tmos-concepts-11-3-0/tmos_save_and_load_cmds.html;
// object syntax: the tmsh reference, https://clouddocs.f5.com/cli/tmsh-reference/latest/).

import { literalValue, type Command, type Script, type Word } from '../syntax/ast.js';
import { isTmshObject } from '../syntax/irule.js';
import { bodyDepth, parseScript } from '../syntax/parser.js';

export interface VirtualContext {
  name: string;
  /** Profile types on the virtual server in lower case (http, oneconnect, websocket, tcp, clientssl, universal, ...). */
  profiles: Set<string>;
  /** Rules attached, by full name as written (/Common/x). */
  rules: string[];
}

export interface ConfigContext {
  /** Pool names defined in the file: full (/Common/p) and short (p) forms. Empty set: the file defines none. */
  pools: Set<string>;
  datagroups: Set<string>;
  virtuals: VirtualContext[];
}

const words = (c: Command) => c.words.map((w) => literalValue(w));

/** Full and short name of an object, so that `pool p` and `pool /Common/p` both match. */
function names(full: string): string[] {
  const short = full.replace(/^\/[^/]+\/(?:[^/]+\.app\/)?/, '');
  return short === full ? [full] : [full, short];
}

function bodyScript(w: Word | undefined): Script | null {
  if (!w || w.kind !== 'braced') return null;
  return parseScript(w.raw ?? '', { dialect: 'tcl', start: w.contentStart ?? w.loc.start, depth: bodyDepth(w) });
}

/**
 * The items of a brace list property: `profiles { /Common/http { } /Common/tcp { context all } }`,
 * also in tmsh's merge forms (`profiles replace-all-with { ... }`, `add { ... }`); `rules none` is empty.
 */
function listItems(body: Script | null, property: string): string[] {
  if (!body) return [];
  const c = body.commands.find((x) => literalValue(x.words[0]!) === property);
  if (!c || c.words.length < 2) return [];
  const inner = bodyScript(c.words[c.words.length - 1]);
  if (!inner) {
    const one = literalValue(c.words[1]!);
    return one && one !== 'none' ? [one] : [];
  }
  return inner.commands.map((x) => literalValue(x.words[0]!) ?? '').filter(Boolean);
}

/** Built-in profile names whose type is their own name (/Common/http is an http profile). */
const BASE = (name: string) => name.replace(/^.*\//, '').toLowerCase();

/** The context of every rule in a configuration file's top-level commands. */
export function readConfigContext(top: Script): ConfigContext {
  const pools = new Set<string>();
  const datagroups = new Set<string>();
  // Custom profiles and persistence profiles: name -> type (`ltm profile http /Common/my_http`).
  const profileType = new Map<string, string>();
  const rawVirtuals: { name: string; body: Script | null }[] = [];
  for (const c of top.commands) {
    if (!isTmshObject(c)) continue;
    const w = words(c);
    if (w[0] !== 'ltm') continue;
    const name = w[w.length - 2] ?? '';
    const last = c.words[c.words.length - 1];
    switch (w[1]) {
      case 'pool':
        for (const n of names(name)) pools.add(n);
        break;
      case 'data-group':
        for (const n of names(name)) datagroups.add(n);
        break;
      case 'profile':
      case 'persistence':
        if (w[2]) profileType.set(name, w[2].toLowerCase());
        break;
      case 'virtual':
        rawVirtuals.push({ name, body: bodyScript(last) });
        break;
    }
  }
  const typeOf = (p: string) => profileType.get(p) ?? BASE(p);
  const virtuals = rawVirtuals.map(({ name, body }) => {
    const profiles = new Set(listItems(body, 'profiles').map(typeOf));
    for (const p of listItems(body, 'persist')) profiles.add(typeOf(p) === 'universal' ? 'universal' : typeOf(p));
    return { name, profiles, rules: listItems(body, 'rules') };
  });
  return { pools, datagroups, virtuals };
}

/**
 * The profiles known for a rule: those every virtual server it is attached to has (a check that
 * needs a profile must hold on each), or null when no virtual server in the file uses it.
 */
export function profilesForRule(ctx: ConfigContext, ruleName: string): Set<string> | null {
  const own = new Set(names(ruleName));
  const attached = ctx.virtuals.filter((v) => v.rules.some((r) => names(r).some((n) => own.has(n))));
  if (attached.length === 0) return null;
  const [first, ...rest] = attached;
  return new Set([...first!.profiles].filter((p) => rest.every((v) => v.profiles.has(p))));
}
