// The role of each word of a call, read from the model's argument layouts. The parser uses the
// code roles (which words to parse as scripts and expressions); the linter the others (which word
// names a variable, a pool, a data group, ...). Works on the words' literal text: a word that is
// not literal (a substitution) is `undefined` and can only be counted.

import type { ArgLayout, ArgRole, CommandSpec } from './types.js';

export interface WordText {
  /** The word's literal value, or undefined when it holds substitutions. */
  text: string | undefined;
  braced: boolean;
}

const CODE_ROLES: ReadonlySet<ArgRole> = new Set(['script', 'expr', 'arms']);

/** True when some form of the command (or of one of its subcommands) takes code. */
export function takesCode(spec: CommandSpec): boolean {
  const layouts = [...(spec.layouts ?? []), ...Object.values(spec.subcommands ?? {}).flatMap((s) => (s.layout ? [s.layout] : []))];
  return layouts.some((l) => l.grammar !== undefined || [...(l.positional ?? []), ...(l.trailing ?? []), l.rest].some((r) => r !== undefined && CODE_ROLES.has(r)));
}

/**
 * The role of every word of a call (`words[0]` is the command name, whose role is undefined).
 * Words no layout describes have an undefined role.
 */
export function wordRoles(spec: CommandSpec, words: readonly WordText[]): (ArgRole | undefined)[] {
  const roles: (ArgRole | undefined)[] = new Array(words.length).fill(undefined);
  const first = words[1]?.text;
  const sub = first !== undefined ? spec.subcommands?.[first] : undefined;
  if (sub) {
    roles[1] = 'subcommand';
    if (sub.layout) applyLayout(sub.layout, words, 2, roles);
    return roles;
  }
  for (const layout of spec.layouts ?? []) {
    if (fits(layout, words.length - 1)) {
      applyLayout(layout, words, 1, roles);
      break;
    }
  }
  return roles;
}

function fits(layout: ArgLayout, argc: number): boolean {
  if (layout.argc && !layout.argc.includes(argc)) return false;
  return layout.minArgc === undefined || argc >= layout.minArgc;
}

function applyLayout(layout: ArgLayout, words: readonly WordText[], start: number, roles: (ArgRole | undefined)[]): void {
  if (layout.grammar === 'if') return ifRoles(words, start, roles);
  if (layout.grammar === 'switch') return switchRoles(words, start, roles);
  let i = start;
  let end = words.length;
  if (layout.trailing) {
    const t = layout.trailing.length;
    if (end - t < i) return;
    for (let k = 0; k < t; k++) {
      const role = layout.trailing[k]!;
      const w = words[end - t + k]!;
      if (layout.bracedOnly && CODE_ROLES.has(role) && !w.braced) continue;
      roles[end - t + k] = role;
    }
    end -= t;
  }
  if (layout.options) {
    while (i < end) {
      const text = words[i]!.text;
      if (text === undefined || !text.startsWith('-')) break;
      if (text === '--') {
        roles[i++] = 'option';
        break;
      }
      if (!(text in layout.options)) break;
      roles[i++] = 'option';
      const valueRole = layout.options[text];
      if (valueRole && i < end) roles[i++] = valueRole;
    }
  }
  for (const role of layout.positional ?? []) {
    if (i >= end) return;
    roles[i++] = role;
  }
  if (layout.rest) while (i < end) roles[i++] = layout.rest;
}

/** if expr ?then? body ?elseif expr ?then? body ...? ?else? ?body? */
function ifRoles(words: readonly WordText[], start: number, roles: (ArgRole | undefined)[]): void {
  let i = start;
  while (i < words.length) {
    roles[i++] = 'expr';
    if (words[i]?.text === 'then') roles[i++] = 'keyword';
    if (i < words.length) roles[i++] = 'script';
    const kw = words[i]?.text;
    if (kw === 'elseif') {
      roles[i++] = 'keyword';
      continue;
    }
    if (kw === 'else') roles[i++] = 'keyword';
    if (i < words.length) roles[i] = 'script';
    break;
  }
}

/** switch ?options? string {pattern body ...} | switch ?options? string pattern body ... */
function switchRoles(words: readonly WordText[], start: number, roles: (ArgRole | undefined)[]): void {
  let i = start;
  while (i < words.length && words[i]!.text?.startsWith('-')) {
    const opt = words[i]!.text;
    roles[i++] = 'option';
    if (opt === '--') break;
    if (opt === '-matchvar' || opt === '-indexvar') roles[i++] = 'varname';
  }
  if (i < words.length) roles[i] = 'value';
  const rest = words.length - (i + 1);
  if (rest === 1) {
    roles[words.length - 1] = 'arms';
    return;
  }
  for (let k = i + 1; k < words.length; k += 2) {
    roles[k] = 'pattern';
    if (k + 1 < words.length && words[k + 1]!.text !== '-') roles[k + 1] = 'script';
  }
}
