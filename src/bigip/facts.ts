// Facts a rule reads from outside the traffic: the client TLS session and certificate, APM session
// variables, iFiles, the server-side source address, the number of TMMs, other virtual servers. They come
// from the scenario (schemas/scenario.schema.json documents each field and its default) and never from a
// guess: a rule that needs a fact the scenario does not give stops with "CMD needs FIELD in the scenario".

import { TclUncatchableError, type TclError } from '../tcl/errors.js';

/** The client certificate as BIG-IP's X509:: commands print it (the text format changed across versions). */
export interface CertificateFacts {
  subject?: string;
  issuer?: string;
  serial?: string;
  notValidBefore?: string;
  notValidAfter?: string;
  version?: number;
  /** PEM text (X509::whole, SSL::cert ... as PEM). */
  pem?: string;
  /** Certificate verification result (SSL::verify_result): 0 is "ok" (OpenSSL X509_V_OK). */
  verifyResult?: number;
}

export interface TlsFacts {
  cipher?: string;
  version?: string;
  bits?: number;
  sni?: string;
  sessionId?: string;
  clientCertificate?: CertificateFacts;
}

/** The security policy's verdict on one request (ASM::status, ASM::violation, ASM::support_id). */
export interface AsmVerdict {
  /** ASM::status: Clear (no violation) or Alarm (violations, request not blocked). */
  status: 'Clear' | 'Alarm';
  violations: string[];
  supportId?: string;
}

/** An ASM (Advanced WAF) security policy on the virtual: what it decides comes from the scenario. */
export interface AsmFacts {
  policy: string;
  /** normal: ASM_REQUEST_DONE after every request; compatibility: ASM_REQUEST_VIOLATION when a request has violations. */
  mode: 'normal' | 'compatibility';
  /** Verdicts by request (the first whose match fits); a request none matches is Clear. */
  verdicts: { method?: string; uri?: string; verdict: AsmVerdict }[];
}

/** The NTLM authentication outcome the ECA plugin reports (ECA::status and friends). */
export interface EcaFacts {
  status: string;
  username?: string;
  domainname?: string;
  clientMachineName?: string;
}

/** What a sideband destination replies (connect/send/recv): the emulator opens no socket. */
export interface SidebandResponder {
  /** Replies in order of preference: the first whose `request` glob fits the bytes sent since the last reply. */
  replies: { request?: string; reply: string }[];
  /** The responder closes its end after replying (default true, as an HTTP/1.0 server does). */
  closeAfterReply?: boolean;
}

export interface ScenarioFacts {
  /** The client-side TLS session; present = the virtual has a client SSL profile. */
  tls?: TlsFacts;
  /** APM session variables (ACCESS::session data get NAME); present = the virtual has an access profile. */
  apm?: Record<string, string>;
  /** iFile contents by name (`ifile get NAME`). */
  ifiles?: Record<string, string>;
  /** Source address of server-side flows (SNAT pool or automap self IP); absent: no SNAT, the client's address. */
  snat?: string;
  /** TMMs (CMP units) on the box; default 1. */
  tmmCount?: number;
  /** Other virtual servers a rule may send to with `virtual NAME`. */
  virtuals?: string[];
  /** Geolocation records by address or network (`whereis ADDR FIELD`). */
  geo?: Record<string, Record<string, string>>;
  /** Profiles attached to the virtual besides the ones the scenario models (`PROFILE::exists TYPE`). */
  profiles?: string[];
  /** IP reputation categories by address or network (IP::reputation); an address not listed has none. */
  reputation?: Record<string, string[]>;
  /** Network distance (IP::hops) of peers by address or network; a peer not listed is a missing fact. */
  hops?: Record<string, number>;
  /** Sideband responders by destination (`IP:port` or virtual server name) as connect names it. */
  sideband?: Record<string, SidebandResponder>;
  /** iRules LX replies: `plugin/extension` (or `extension`) -> method -> the value ILX::call returns. */
  ilx?: Record<string, Record<string, string>>;
  /** The ASM security policy on the virtual (raises the ASM_* request events). */
  asm?: AsmFacts;
  /** The ECA plugin's NTLM authentication result (needed once a rule runs ECA::enable). */
  eca?: EcaFacts;
}

/**
 * The error for a fact the scenario does not give. The rule's own `catch` cannot intercept it: the
 * outcome would be the rule's error branch, an answer the scenario never gave (a made-up reply).
 */
export function missingFact(command: string, field: string): TclError {
  return new TclUncatchableError(`${command} needs ${field} in the scenario`, ['IRULE', 'SCENARIO', field]);
}

/** The scenario fields that give the facts above (one declaration for the scenario file and the library API). */
export interface ScenarioFactFields {
  /** The client TLS session (attaches a client SSL profile); see schemas/scenario.schema.json. */
  tls?: TlsFacts;
  /** APM session variables (attaches an access profile). */
  apm?: Record<string, string | number>;
  /** iFile name -> file path (relative to `baseDir`). */
  ifiles?: Record<string, string>;
  /** Source address of server-side connections (SNAT); default the client's. */
  snat?: string;
  /** TMMs on the box (TMM::cmp_count); default 1. */
  tmmCount?: number;
  /** Other virtual servers `virtual NAME` may send to. */
  virtuals?: string[];
  /** Other profile types attached (PROFILE::exists). */
  profiles?: string[];
  /** Geolocation records by address or network (whereis). */
  geo?: Record<string, Record<string, string | number>>;
  /** IP reputation categories by address or network (IP::reputation); default none. */
  reputation?: Record<string, string[]>;
  /** Hops to peers by address or network (IP::hops); default none: IP::hops stops with a missing fact. */
  hops?: Record<string, number>;
  /** Sideband responders by destination (connect/send/recv); default none: connect stops with a missing fact. */
  sideband?: Record<string, SidebandResponder>;
  /** iRules LX replies by `plugin/extension` and method (ILX::call). */
  ilx?: Record<string, Record<string, string | number>>;
  /** The ASM security policy: `policy`, `mode` (normal), `verdicts` (default: every request Clear). */
  asm?: { policy: string; mode?: 'normal' | 'compatibility'; verdicts?: { method?: string; uri?: string; status: 'Clear' | 'Alarm'; violations?: string[]; supportId?: string }[] };
  /** The ECA plugin's NTLM result: `status` (e.g. NTLM_STATUS_OK), `username`, `domainname`, `clientMachineName`. */
  eca?: EcaFacts;
}
