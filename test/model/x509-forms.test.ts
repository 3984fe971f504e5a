// X509:: forms beyond "one certificate": F5 documents an optional field or key property. The model's
// arity must accept them (lint reports no error) and still refuse what no form allows.
import { describe, expect, it } from 'vitest';
import { checkArgs, lookupCommand } from '../../src/model/index.js';
import { lintSource } from '../../src/lint/linter.js';

const spec = (name: string) => {
  const s = lookupCommand(name);
  if (!s) throw new Error(`${name} is not in the model`);
  return s;
};
const errors = (src: string) => lintSource(src, 'r.tcl').filter((d) => d.severity === 'error').map((d) => `${d.code} ${d.line}:${d.column}`);

describe('X509:: forms', () => {
  it('X509::subject <certificate> [commonName] (https://clouddocs.f5.com/api/irules/X509__subject.html: "If commonName RDN is specified, returns the Subject CN")', () => {
    expect(checkArgs(spec('X509::subject'), ['$c'])).toBeUndefined();
    expect(checkArgs(spec('X509::subject'), ['$c', 'commonName'])).toBeUndefined();
    expect(checkArgs(spec('X509::subject'), ['$c', 'commonName', 'x'])).toMatch(/wrong # args/);
    expect(checkArgs(spec('X509::subject'), [])).toMatch(/wrong # args/);
    expect(spec('X509::subject').synopsis.join(' ')).toContain('[commonName]');
    expect(errors('when CLIENTSSL_HANDSHAKE {\n  if { [SSL::cert count] > 0 } {\n    log local0. [X509::subject [SSL::cert 0] commonName]\n  }\n}\n')).toEqual([]);
  });

  it('X509::subject_public_key [type | bits | curve_name] <certificate> (https://clouddocs.f5.com/api/irules/X509__subject_public_key.html)', () => {
    expect(checkArgs(spec('X509::subject_public_key'), ['$c'])).toBeUndefined();
    expect(checkArgs(spec('X509::subject_public_key'), ['bits', '$c'])).toBeUndefined();
    expect(checkArgs(spec('X509::subject_public_key'), ['bits', '$c', 'x'])).toMatch(/wrong # args/);
    expect(errors('when CLIENTSSL_CLIENTCERT {\n  log local0. [X509::subject_public_key type [SSL::cert 0]]\n}\n')).toEqual([]);
  });

  it('X509::issuer takes the certificate alone (https://clouddocs.f5.com/api/irules/X509__issuer.html)', () => {
    expect(checkArgs(spec('X509::issuer'), ['$c'])).toBeUndefined();
    expect(checkArgs(spec('X509::issuer'), ['$c', 'commonName'])).toMatch(/wrong # args/);
  });
});
