// SSL::, X509::, AES:: and CRYPTO:: commands.

import type { CommandSpec } from '../types.js';
import { TMSH13, TMSH16, a, cmd, docUrl, sub, uncheckedSyntax } from './_shared.js';

const SSL = ['clientssl', 'serverssl'];

function ssl(name: string, args: ReturnType<typeof a>, def: Parameters<typeof cmd>[2] = {}): CommandSpec {
  return cmd(name, args, { profiles: SSL, source: docUrl(name), ...def });
}

export const SSL_COMMANDS: CommandSpec[] = [
  ssl('SSL::cert', a(1, 2), {
    synopsis: ['SSL::cert <index>', 'SSL::cert issuer <index>', 'SSL::cert count', "SSL::cert mode ['request' | 'require' | 'ignore']"],
    subcommandOptional: true,
    subcommands: { issuer: sub(1, 1), count: sub(0, 0, { returns: 'integer' }), mode: sub(0, 1) },
    returns: 'string',
    clientControlled: true,
    note: 'Syntax from clouddocs SSL::cert; the first word may be a certificate index.',
  }),
  ssl('SSL::cipher', a(1, 1), { synopsis: ['SSL::cipher (name | version | bits)'], returns: 'string' }),
  ssl('SSL::sessionid', a(0, 1), {
    synopsis: ['SSL::sessionid [desired]'],
    returns: 'string',
    clientControlled: true,
    source: `${TMSH13}SSL_sessionid.html`,
    note: 'tmsh v13 SYNOPSIS: `SSL::sessionid (desired)?` (the clouddocs page shows only the bare form).',
  }),
  ssl('SSL::extensions', a(0, 3), {
    synopsis: ['SSL::extensions [-type <type>]', 'SSL::extensions count', 'SSL::extensions exists -type <type>', 'SSL::extensions insert <data>'],
    returns: 'string',
    clientControlled: true,
  }),
  ssl('SSL::sni', a(0, 1), { synopsis: ['SSL::sni [name | required]'], returns: 'string', clientControlled: true }),
  ssl('SSL::alpn', a(0, null), { synopsis: ['SSL::alpn [<protocol list>]'], clientControlled: true }),
  ssl('SSL::disable', a(0, 1), { synopsis: ['SSL::disable [clientside | serverside]'], returns: 'none' }),
  ssl('SSL::enable', a(0, 1), { synopsis: ['SSL::enable [clientside | serverside]'], returns: 'none' }),
  ssl('SSL::profile', a(0, 1), { synopsis: ['SSL::profile [<profile name>]'] }),
  ssl('SSL::mode', a(0, 1), { synopsis: ['SSL::mode [<mode>]'] }),
  ssl('SSL::renegotiate', a(0, 1), { synopsis: ['SSL::renegotiate [enable | disable]'] }),
  ssl('SSL::verify_result', a(0, 1), { synopsis: ['SSL::verify_result [<code>]'], returns: 'integer' }),
  ssl('SSL::collect', a(0, 1), { synopsis: ['SSL::collect [<length>]'], returns: 'none' }),
  ssl('SSL::release', a(0, 1), {
    synopsis: ['SSL::release [<length>]'],
    source: `${TMSH13}SSL_release.html`,
    note: 'F5 page says "VALID DURING: SSL AUTH" (categories, not an event list).',
  }),
  ssl('SSL::payload', a(0, 4), {
    synopsis: ['SSL::payload [<length> | <offset> <length>]', 'SSL::payload length', 'SSL::payload replace <offset> <length> <data>'],
    returns: 'string',
    clientControlled: true,
  }),
  ssl('SSL::respond', a(1, 1), { synopsis: ['SSL::respond <data>'], returns: 'none' }),
  ssl('SSL::handshake', a(1, 1), { synopsis: ['SSL::handshake (hold | resume)'], returns: 'none' }),
  ssl('SSL::session', a(1, 2), {
    synopsis: ['SSL::session invalidate [drop | nodrop]'],
    subcommands: { invalidate: sub(0, 1) },
    source: `${TMSH16}SSL_session.html`,
    note: 'tmsh v13/v16 SYNOPSIS: `SSL::session invalidate ( drop | nodrop )?`.',
  }),
  ssl('SSL::modssl_sessionid_headers', a(0, 1), {
    synopsis: ['SSL::modssl_sessionid_headers [initial | current]'],
    events: 'any',
    returns: 'list',
    verified: true,
    source: `${TMSH13}SSL_modssl_sessionid_headers.html`,
    note: 'F5: VALID DURING ANY_EVENT.',
  }),
  ssl('SSL::clientrandom', a(0, 0), { synopsis: ['SSL::clientrandom'], returns: 'string' }),
  ssl('SSL::sessionsecret', a(0, 0), { synopsis: ['SSL::sessionsecret'], returns: 'string' }),
  ssl('SSL::sessionticket', a(0, 0), { synopsis: ['SSL::sessionticket'], returns: 'string' }),
  ssl('SSL::tls13_secret', a(2, 2), {
    synopsis: ['SSL::tls13_secret client (app | hs | early)', 'SSL::tls13_secret server (app | hs)'],
    subcommands: { client: sub(1, 1), server: sub(1, 1) },
    returns: 'string',
    provenance: uncheckedSyntax('SSL::tls13_secret'),
  }),
  ssl('SSL::forward_proxy', a(1, null), { synopsis: ['SSL::forward_proxy ...'] }),
  ssl('SSL::unclean_shutdown', a(0, 1), { synopsis: ['SSL::unclean_shutdown [enable | disable]'] }),
  ssl('SSL::is_renegotiation_secure', a(0, 0), { synopsis: ['SSL::is_renegotiation_secure'], returns: 'boolean' }),
  ssl('SSL::secure_renegotiation', a(0, 1), { synopsis: ['SSL::secure_renegotiation [request | require | require-strict]'] }),
];

const X509_ONE_CERT = [
  'issuer', 'whole', 'serial_number', 'not_valid_after', 'not_valid_before', 'extensions', 'hash',
  'signature_algorithm', 'subject_public_key_RSA_bits', 'subject_public_key_type', 'version', 'pem2der',
] as const;

export const X509_COMMANDS: CommandSpec[] = [
  ...X509_ONE_CERT.map((s) =>
    cmd(`X509::${s}`, a(1, 1), {
      synopsis: [`X509::${s} <certificate>`],
      returns: 'string',
      clientControlled: s === 'issuer' || s === 'whole' || s === 'extensions' || s === 'serial_number',
      source: s === 'hash' ? `${TMSH13}X509_hash.html` : docUrl(`X509::${s}`),
      ...(s === 'hash' ? { events: 'any' as const, verified: true, note: 'F5: VALID DURING ANY_EVENT.' } : {}),
    }),
  ),
  // F5: "If commonName RDN is specified, returns the Subject CN in UTF8 format."
  cmd('X509::subject', a(1, 2), {
    synopsis: ['X509::subject <certificate> [commonName]'],
    returns: 'string',
    clientControlled: true,
    source: docUrl('X509::subject'),
  }),
  // F5: the key's type, size or curve name when asked for, before the certificate.
  cmd('X509::subject_public_key', a(1, 2), {
    synopsis: ['X509::subject_public_key [type | bits | curve_name] <certificate>'],
    returns: 'string',
    source: docUrl('X509::subject_public_key'),
  }),
  cmd('X509::cert_fields', a(1, null), { synopsis: ['X509::cert_fields <certificate> <verify result> <field>+'], returns: 'list', source: docUrl('X509::cert_fields') }),
  cmd('X509::verify_cert_error_string', a(1, 1), { synopsis: ['X509::verify_cert_error_string <code>'], returns: 'string', source: docUrl('X509::verify_cert_error_string') }),
];

export const CRYPTO_COMMANDS: CommandSpec[] = [
  cmd('AES::key', a(0, 1), { synopsis: ['AES::key [128 | 192 | 256]'], returns: 'string', source: docUrl('AES::key') }),
  cmd('AES::encrypt', a(2, 2), { synopsis: ['AES::encrypt <key> <data>'], returns: 'string', source: docUrl('AES::encrypt') }),
  cmd('AES::decrypt', a(2, 2), { synopsis: ['AES::decrypt <key> <data>'], returns: 'string', source: docUrl('AES::decrypt') }),
  ...(['encrypt', 'decrypt', 'verify'] as const).map((s) =>
    cmd(`CRYPTO::${s}`, a(0, null), {
      synopsis: [`CRYPTO::${s} [-alg <alg>] [-ctx <ctx>] [-key <key> | -keyhex <hex>] [-iv <iv> | -ivhex <hex>] [-padding <p>] [-final] [<data>]`],
      returns: 'string',
      source: docUrl(`CRYPTO::${s}`),
    }),
  ),
  cmd('CRYPTO::sign', a(0, null), {
    synopsis: ['CRYPTO::sign [-alg (hmac-md5 | hmac-ripemd160 | hmac-sha1 | hmac-sha224 | hmac-sha256 | hmac-sha384 | hmac-sha512)] [-ctx <ctx>] [(-key | -keyhex) <key>] [-signature <sig>] [-final] [<data>]'],
    returns: 'string',
    source: `${TMSH13}CRYPTO_sign.html`,
  }),
  cmd('CRYPTO::hash', a(1, null), { synopsis: ['CRYPTO::hash [-alg <alg>] [-ctx <ctx>] [-final] <data>'], returns: 'string', source: docUrl('CRYPTO::hash') }),
  cmd('CRYPTO::keygen', a(0, null), {
    synopsis: ['CRYPTO::keygen [-alg <alg>] [-len <bits>] [-passphrase <p>] [-salt <s>] [-saltlen <n>] [-rounds <n>] [-hash <h>]'],
    returns: 'string',
    source: docUrl('CRYPTO::keygen'),
  }),
];
