// SSL:: and X509:: commands reading the client TLS session the scenario gives (tls: ... in the scenario;
// schemas/scenario.schema.json). A fact the scenario leaves out is an error naming the field, never a guess.
// Sources: https://clouddocs.f5.com/api/irules/SSL__cipher.html, SSL__cert.html, SSL__sessionid.html,
// SSL__verify_result.html, SSL__disable.html, X509__subject.html, X509__issuer.html, X509__whole.html,
// X509__verify_cert_error_string.html (all under https://clouddocs.f5.com/api/irules/).

import { createHash, X509Certificate } from 'node:crypto';
import { TclError, wrongArgs } from '../../tcl/errors.js';
import type { CommandDef, Interp } from '../../tcl/interp.js';
import { str } from '../../tcl/value.js';
import { missingFact, type CertificateFacts, type TlsFacts } from '../facts.js';
import { emulatorOf } from '../state.js';

/** What SSL::cert 0 returns when the scenario gives no PEM: a handle the X509:: commands accept. */
const CERT_HANDLE = 'irule:client-certificate:0';

function tls(interp: Interp, cmd: string): TlsFacts {
  const h = emulatorOf(interp);
  const t = h.emulator.facts.tls;
  if (!t) throw missingFact(cmd, 'tls (the client SSL profile\'s session)');
  if (h.connState?.sslDisabled) throw new TclError(`${cmd}: SSL was disabled on the client side of this connection`, ['IRULE', 'SSL', 'DISABLED']);
  return t;
}

function need<T>(v: T | undefined, cmd: string, field: string): T {
  if (v === undefined) throw missingFact(cmd, field);
  return v;
}

const cipher: CommandDef = {
  name: 'SSL::cipher',
  fn: (interp, argv) => {
    if (argv.length !== 2) throw wrongArgs('SSL::cipher name|version|bits');
    const t = tls(interp, 'SSL::cipher');
    switch (str(argv[1]!)) {
      case 'name':
        return need(t.cipher, 'SSL::cipher', 'tls.cipher');
      case 'version':
        return need(t.version, 'SSL::cipher', 'tls.version');
      case 'bits':
        return need(t.bits, 'SSL::cipher', 'tls.bits');
      default:
        throw new TclError(`bad option "${str(argv[1]!)}": must be name, version or bits`, ['IRULE', 'SSL']);
    }
  },
};

function certificate(interp: Interp, cmd: string): CertificateFacts {
  return need(tls(interp, cmd).clientCertificate, cmd, 'tls.clientCertificate');
}

const cert: CommandDef = {
  name: 'SSL::cert',
  fn: (interp, argv) => {
    const a = argv.slice(1).map(str);
    if (a.length < 1) throw wrongArgs('SSL::cert index|count|mode|issuer index');
    const t = tls(interp, 'SSL::cert');
    const c = t.clientCertificate;
    if (a[0] === 'count') return c ? 1 : 0;
    if (a[0] === 'mode') throw new TclError('not emulated: SSL::cert mode (the client SSL profile\'s settings are not modelled)', ['IRULE', 'NOT_EMULATED', 'SSL::cert']);
    if (a[0] === 'issuer') return '';
    if (!/^\d+$/.test(a[0]!)) throw new TclError(`bad option "${a[0]}": must be an index, count, mode or issuer`, ['IRULE', 'SSL']);
    // Only the client's own certificate (index 0) is modelled; a chain is not.
    if (!c || a[0] !== '0') return '';
    return c.pem ?? CERT_HANDLE;
  },
};

const sessionid: CommandDef = {
  name: 'SSL::sessionid',
  fn: (interp) => tls(interp, 'SSL::sessionid').sessionId ?? '',
};

const verifyResult: CommandDef = {
  name: 'SSL::verify_result',
  fn: (interp) => certificate(interp, 'SSL::verify_result').verifyResult ?? 0,
};

/** SSL::disable / SSL::enable [clientside|serverside]: no server SSL profile is modelled, so serverside changes nothing. */
function toggle(name: 'SSL::disable' | 'SSL::enable'): CommandDef {
  return {
    name,
    fn: (interp, argv) => {
      if (argv.length > 2) throw wrongArgs(`${name} ?clientside|serverside?`);
      const h = emulatorOf(interp);
      const side = argv.length === 2 ? str(argv[1]!) : h.side === 'server' ? 'serverside' : 'clientside';
      if (side !== 'clientside' && side !== 'serverside') throw wrongArgs(`${name} ?clientside|serverside?`);
      if (side === 'clientside' && h.connState) h.connState.sslDisabled = name === 'SSL::disable';
      return '';
    },
  };
}

/** `SSL::extensions exists -type N`: 0 (server name) is known from tls.sni; others need facts irule has not. */
const extensions: CommandDef = {
  name: 'SSL::extensions',
  fn: (interp, argv) => {
    const a = argv.slice(1).map(str);
    const t = tls(interp, 'SSL::extensions');
    if (a[0] === 'exists' && a[1] === '-type' && a[2] === '0') return t.sni ? 1 : 0;
    throw new TclError(`not emulated: SSL::extensions ${a.join(' ')} (only "exists -type 0", the server name, is known from tls.sni)`, ['IRULE', 'NOT_EMULATED', 'SSL::extensions']);
  },
};

const sni: CommandDef = {
  name: 'SSL::sni',
  fn: (interp, argv) => {
    const a = argv.slice(1).map(str);
    if (a[0] !== 'name' && a.length > 0) throw new TclError(`not emulated: SSL::sni ${a[0]}`, ['IRULE', 'NOT_EMULATED', 'SSL::sni']);
    return need(tls(interp, 'SSL::sni').sni, 'SSL::sni', 'tls.sni');
  },
};

/** The certificate an X509:: command was given: the client's (by its PEM or handle). */
function x509(interp: Interp, cmd: string, word: string): CertificateFacts {
  const c = certificate(interp, cmd);
  if (word !== CERT_HANDLE && word !== c.pem) throw new TclError(`${cmd}: not a certificate this emulator knows (only SSL::cert 0 is modelled)`, ['IRULE', 'X509']);
  return c;
}

function x509Field(name: string, field: keyof CertificateFacts, dflt?: string | number): CommandDef {
  return {
    name,
    fn: (interp, argv) => {
      if (argv.length < 2) throw wrongArgs(`${name} certificate`);
      const c = x509(interp, name, str(argv[1]!));
      const v = c[field] ?? dflt;
      if (v === undefined) throw missingFact(name, `tls.clientCertificate.${field}`);
      if (name === 'X509::subject' && argv.length === 3 && str(argv[2]!) === 'commonName') {
        return /(?:^|,\s*)CN=((?:\\.|[^,])*)/.exec(String(v))?.[1] ?? '';
      }
      return v;
    },
  };
}

/**
 * X509::hash CERT: "the MD5 hash (fingerprint) of the specified X509 certificate"
 * (https://clouddocs.f5.com/api/irules/X509__hash.html), computed from the certificate the scenario gives as
 * PEM (the fingerprint is the digest of its DER bytes). Printed as F5's example shows it, colon-separated hex
 * pairs ("XX:XX:..."); upper case is inferred (OpenSSL's fingerprint output), not measured.
 */
const x509Hash: CommandDef = {
  name: 'X509::hash',
  fn: (interp, argv) => {
    if (argv.length !== 2) throw wrongArgs('X509::hash certificate');
    const c = x509(interp, 'X509::hash', str(argv[1]!));
    if (c.pem === undefined) throw missingFact('X509::hash', 'tls.clientCertificate.pem');
    let der: Buffer;
    try {
      der = new X509Certificate(c.pem).raw;
    } catch {
      throw new TclError('X509::hash: tls.clientCertificate.pem is not a PEM certificate', ['IRULE', 'X509']);
    }
    return createHash('md5').update(der).digest('hex').toUpperCase().replace(/(..)(?!$)/g, '$1:');
  },
};

/** OpenSSL's X509_verify_cert_error_string texts for the codes rules test most (X509_V_OK and the common failures). */
const VERIFY_ERRORS: Record<number, string> = {
  0: 'ok',
  2: 'unable to get issuer certificate',
  9: 'certificate is not yet valid',
  10: 'certificate has expired',
  18: 'self signed certificate',
  19: 'self signed certificate in certificate chain',
  20: 'unable to get local issuer certificate',
  21: 'unable to verify the first certificate',
  23: 'certificate revoked',
};

const verifyErrorString: CommandDef = {
  name: 'X509::verify_cert_error_string',
  fn: (_interp, argv) => {
    if (argv.length !== 2) throw wrongArgs('X509::verify_cert_error_string code');
    const code = Number(str(argv[1]!));
    const text = VERIFY_ERRORS[code];
    if (text === undefined) throw new TclError(`not emulated: X509::verify_cert_error_string ${code} (irule knows OpenSSL's texts for ${Object.keys(VERIFY_ERRORS).join(', ')})`, ['IRULE', 'NOT_EMULATED', 'X509::verify_cert_error_string']);
    return text;
  },
};

export const tlsCommands: CommandDef[] = [
  cipher, cert, sessionid, verifyResult, toggle('SSL::disable'), toggle('SSL::enable'), extensions, sni,
  x509Field('X509::subject', 'subject'), x509Field('X509::issuer', 'issuer'), x509Field('X509::serial_number', 'serial'),
  x509Field('X509::not_valid_before', 'notValidBefore'), x509Field('X509::not_valid_after', 'notValidAfter'),
  x509Field('X509::version', 'version', 3), x509Field('X509::whole', 'pem'), x509Hash, verifyErrorString,
];
