// Which Tcl the interpreter stands for: BIG-IP's 8.4.6 in the iRule dialect (measured on a live
// BIG-IP: docs/tcl.md, "Tcl 8.4 in the iRule dialect"), tclsh 8.6.13 for `irule eval`.

export function tclVersionOf(dialect: 'tcl' | 'irule'): { version: string; patchLevel: string } {
  return dialect === 'irule' ? { version: '8.4', patchLevel: '8.4.6' } : { version: '8.6', patchLevel: '8.6.13' };
}
