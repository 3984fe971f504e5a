// JUnit XML (the Ant/Jenkins shape GitLab, GitHub and Jenkins read) for `irule test` and the CI gates.

/** Text safe in XML attributes and content (control characters XML 1.0 forbids are dropped). */
export function xml(s: string): string {
  return s.replace(/[<>&"]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;' })[c]!).replace(/[\x00-\x08\x0b\x0c\x0e-\x1f]/g, '');
}

export interface JunitCase {
  classname: string;
  name: string;
  /** A failure message; absent when the case passed. */
  failure?: string;
  /** Shown as the case's system-out. */
  out?: string;
  seconds?: number;
}

export function junitSuite(name: string, cases: JunitCase[]): string {
  const failures = cases.filter((c) => c.failure !== undefined).length;
  const body = cases.map((c) => {
    const head = `  <testcase classname="${xml(c.classname)}" name="${xml(c.name)}" time="${(c.seconds ?? 0).toFixed(3)}">`;
    const fail = c.failure !== undefined ? `\n    <failure message="${xml(c.failure)}">${xml(c.failure)}</failure>` : '';
    const out = c.out ? `\n    <system-out>${xml(c.out)}</system-out>` : '';
    return `${head}${fail}${out}\n  </testcase>`;
  });
  return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuite name="${xml(name)}" tests="${cases.length}" failures="${failures}" errors="0">\n${body.join('\n')}\n</testsuite>\n`;
}
