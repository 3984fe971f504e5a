// IR3005: passwords, API keys, bearer tokens and basic-auth strings written as literals in the
// rule. Rule text is stored in bigip.conf, UCS backups and AS3 declarations, readable by every
// administrator and usually committed to version control.
//
// Low false-positive heuristics only: a variable NAMED as a credential set to a literal; a literal
// compared with a credential (Authorization / X-API-Key header, HTTP::password, such a variable);
// a literal sent in a credential header; `b64encode "user:password"`; and literals that have the
// shape of a credential whatever their context (Basic <base64 of a:b>, Bearer/JWT tokens, AWS,
// GitHub, Slack and OpenAI-style keys, PEM private keys).

import { lookupModel } from '../../model/index.js';
import { takesCode } from '../../model/roles.js';
import { literalValue, type Loc, type Word } from '../../syntax/ast.js';
import type { ExprNode } from '../../syntax/expr/ast.js';
import { analyze, has, isSecretHeader, T, type Taint } from '../analysis/index.js';
import { headerWrites, respondShape, litAt } from '../analysis/shapes.js';
import type { Check } from '../types.js';

const CREDENTIAL_NAME = /(^|[_:.-])(pass|passwd|password|pwd|passphrase|secret|apikey|api_key|access_key|accesskey|private_key|privatekey|(aes|encryption|secret|cookie|hmac|signing|shared)_?key|auth_token|access_token|bearer_token|bearer|token|client_secret|credentials?|psk)$/i;

/** Values that are not credentials even where one is expected. */
function plausibleSecret(v: string, min: number): boolean {
  if (v.length < min || v.length > 4096) return false;
  if (/\s/.test(v)) return false;
  if (/^(true|false|yes|no|on|off|none|null|nil|undefined|disabled?|enabled?|empty|unset|default|deleted|x+|\*+|-+)$/i.test(v)) return false;
  if (/^[A-Za-z]+(-[A-Za-z]+)+$/.test(v)) return false; // a header name
  if (/^[<{$[%]|^\.\.\.$/.test(v)) return false; // a placeholder or template
  if (/^\d{1,5}$/.test(v)) return false; // a number (timeouts, lengths)
  if (/^(\/|https?:)/i.test(v)) return false; // a path or URL
  return true;
}

function decodesToPair(b64: string): boolean {
  try {
    const s = Buffer.from(b64, 'base64').toString('latin1');
    return /^[\x20-\x7e]+:[\x20-\x7e]*$/.test(s);
  } catch {
    return false;
  }
}

/** A literal whose shape alone says "credential"; returns what it looks like. */
const SHAPE_HINT = /Basic|Bearer|eyJ|AKIA|ASIA|gh[pousr]_|xox[abprs]-|sk-|PRIVATE KEY|:\/\/[^/\s]*:/;

export function credentialShape(v: string): string | undefined {
  if (v.length < 12 || !SHAPE_HINT.test(v)) return undefined;
  let m = /^Basic\s+([A-Za-z0-9+/]{6,}={0,2})$/.exec(v);
  if (m && decodesToPair(m[1]!)) return 'a Basic authorization string (base64 of user:password)';
  if (/^Bearer\s+[A-Za-z0-9._~+/-]{16,}=*$/.test(v)) return 'a bearer token';
  if (/(^|[^A-Za-z0-9])eyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}/.test(v)) return 'a JSON Web Token';
  if (/(^|[^A-Z0-9])(AKIA|ASIA)[0-9A-Z]{16}($|[^A-Z0-9])/.test(v)) return 'an AWS access key';
  if (/(^|[^A-Za-z0-9])gh[pousr]_[A-Za-z0-9]{36}/.test(v)) return 'a GitHub token';
  if (/(^|[^A-Za-z0-9])xox[abprs]-[A-Za-z0-9-]{10,}/.test(v)) return 'a Slack token';
  if (/(^|[^A-Za-z0-9])sk-(proj-|ant-)?[A-Za-z0-9_-]{20,}/.test(v)) return 'an API secret key (sk-...)';
  if (/-----BEGIN ([A-Z]+ )?PRIVATE KEY-----/.test(v)) return 'a private key';
  m = /^(?:[a-z][a-z0-9+.-]*:\/\/)([^/:@\s]+):([^/@\s]+)@/i.exec(v);
  if (m && plausibleSecret(m[2]!, 4)) return 'a URL with an embedded password';
  return undefined;
}

function strip(name: string): string {
  return name.replace(/^(::)?(static::)?/, '');
}

function exprLiteral(n: ExprNode): { value: string; loc: Loc } | undefined {
  if (n.type === 'braced') return { value: n.value, loc: n.loc };
  if (n.type === 'quoted' && n.parts.every((p) => p.type === 'text')) return { value: n.parts.map((p) => (p.type === 'text' ? p.value : '')).join(''), loc: n.loc };
  if (n.type === 'paren') return exprLiteral(n.expr);
  return undefined;
}

/** A credential from a header or HTTP::password (not a cookie: sentinel values such as "deleted" are common there). */
function credentialTaint(t: Taint): boolean {
  return has(t, T.SECRET) && t.origins.some((o) => (o.bits & T.SECRET) !== 0 && !o.what.endsWith(' cookie'));
}

function credentialVar(n: ExprNode): string | undefined {
  if (n.type === 'var' && CREDENTIAL_NAME.test(strip(n.name))) return n.name;
  if (n.type === 'paren') return credentialVar(n.expr);
  return undefined;
}

export const hardcodedCredential: Check = {
  meta: {
    code: 'IR3005',
    name: 'hardcoded-credential',
    category: 'security',
    severity: 'warning',
    description: 'A password, API key or token is written in the rule as a literal.',
    help: {
      why: 'The rule text is stored in bigip.conf, in UCS backups and AS3 declarations, shown to every administrator and usually kept in version control: a credential written in it is no longer secret and cannot be rotated without editing the rule. Keep credentials out of the rule: compare a hash (`sha256`) with a stored hash, keep keys in a data group or an external authentication service (APM, an iCall-maintained table).',
      bad: 'when HTTP_REQUEST {\n  if { [HTTP::header value "X-API-Key"] ne "k3y-9f8a7b6c5d4e" } {\n    HTTP::respond 401 content "unauthorized"\n    return\n  }\n}',
      good: 'when HTTP_REQUEST {\n  set presented [sha256 [HTTP::header value "X-API-Key"]]\n  if { ![class match -- [b64encode $presented] equals api_key_hashes] } {\n    HTTP::respond 401 content "unauthorized"\n    return\n  }\n}',
    },
  },
  run(ctx) {
    const a = analyze(ctx.parsed);
    const reported = new Set<number>();
    const report = (loc: Loc, message: string) => {
      if (reported.has(loc.start.offset)) return;
      reported.add(loc.start.offset);
      ctx.report(loc, message);
    };
    const advice = 'keep credentials out of the rule text (compare a hash, or use a data group or an authentication profile)';

    for (const rec of a.commands) {
      const w = rec.cmd.words;
      // set password "..." / set static::api_key "..."
      if (rec.name === 'set' && w.length === 3) {
        const name = litAt(w, 1);
        const value = litAt(w, 2);
        if (name !== undefined && value !== undefined && CREDENTIAL_NAME.test(strip(name)) && plausibleSecret(value, 6)) {
          report(w[2]!.loc, `"${name}" is set to a literal credential: ${advice}`);
        }
      }
      // string equal $password "..." / string equal [HTTP::header Authorization] "..."
      if (rec.name === 'string' && litAt(w, 1) === 'equal' && w.length >= 4) {
        const x = w.length - 2;
        const y = w.length - 1;
        for (const [s, l] of [[x, y], [y, x]] as const) {
          const v = litAt(w, l);
          if (v !== undefined && plausibleSecret(v, 4) && (credentialTaint(rec.args[s]!) || CREDENTIAL_NAME.test(strip(w[s]!.parts[0]?.type === 'var' ? w[s]!.parts[0].name : '')))) {
            report(w[l]!.loc, `a credential is compared with a literal: ${advice}`);
          }
        }
      }
      // HTTP::header insert Authorization "Basic ..." / replace X-API-Key "..."
      const writes = headerWrites(rec.cmd);
      const pairs = writes ? writes.pairs : rec.name === 'HTTP::respond' ? respondShape(rec.cmd).headers : [];
      for (const p of pairs) {
        const n = w[p.name] ? litAt(w, p.name) : undefined;
        const v = w[p.value] ? litAt(w, p.value) : undefined;
        if (n === undefined || v === undefined || !isSecretHeader(n) || /^set-cookie$|^cookie$/i.test(n)) continue;
        const token = v.replace(/^(Basic|Bearer|Token|ApiKey)\s+/i, '');
        if (plausibleSecret(token, 6)) report(w[p.value]!.loc, `a literal credential is sent in the ${n} header: ${advice}`);
      }
      // b64encode "user:password"
      if (rec.name === 'b64encode' && w.length === 2) {
        const v = litAt(w, 1);
        if (v !== undefined && /^[^:\s]+:[^\s]{4,}$/.test(v)) report(w[1]!.loc, `a literal "user:password" pair is encoded for Basic authentication: ${advice}`);
      }
      // Literals shaped like credentials, anywhere.
      const spec = rec.name !== undefined ? lookupModel(rec.name) : undefined;
      const code = spec !== undefined && takesCode(spec);
      for (let i = 1; i < w.length; i++) if (!(code && w[i]!.kind === 'braced')) scanWord(w[i]!, report, advice);
    }

    for (const c of a.comparisons) {
      if (!['eq', 'ne', '==', '!=', 'equals'].includes(c.node.op)) continue;
      for (const [side, other, t] of [[c.node.left, c.node.right, c.left], [c.node.right, c.node.left, c.right]] as const) {
        const l = exprLiteral(other);
        if (!l || !plausibleSecret(l.value, 4)) continue;
        if (credentialTaint(t)) report(l.loc, `a credential (${t.origins.find((o) => (o.bits & T.SECRET) !== 0)?.what ?? 'a secret'}) is compared with a literal: ${advice}`);
        else if (credentialVar(side)) report(l.loc, `"${credentialVar(side)}" is compared with a literal credential: ${advice}`);
      }
      for (const side of [c.node.left, c.node.right]) {
        const l = exprLiteral(side);
        const shape = l ? credentialShape(l.value) : undefined;
        if (l && shape) report(l.loc, `this literal looks like ${shape}: ${advice}`);
      }
    }
  },
};

function scanWord(word: Word, report: (loc: Loc, m: string) => void, advice: string): void {
  if (word.loc.end.offset - word.loc.start.offset < 12) return; // too short to hold any credential shape
  const v = literalValue(word);
  if (v === undefined) {
    for (const p of word.parts) {
      if (p.type !== 'text') continue;
      const shape = credentialShape(p.value.trim());
      if (shape) report(p.loc, `this literal looks like ${shape}: ${advice}`);
    }
    return;
  }
  const shape = credentialShape(v);
  if (shape) report(word.loc, `this literal looks like ${shape}: ${advice}`);
}
