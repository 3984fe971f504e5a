// Facts a rule reads from outside the traffic: the client TLS session and certificate, APM session
// variables, iFiles, the server-side source address, the number of TMMs, other virtual servers. They come
// from the scenario (schemas/scenario.schema.json documents each field and its default) and never from a
// guess: a rule that needs a fact the scenario does not give stops with "CMD needs FIELD in the scenario".

import { TclError } from '../tcl/errors.js';

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
}

/** The error for a fact the scenario does not give. */
export function missingFact(command: string, field: string): TclError {
  return new TclError(`${command} needs ${field} in the scenario`, ['IRULE', 'SCENARIO', field]);
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
}
