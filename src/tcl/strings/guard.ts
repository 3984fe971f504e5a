/** What string builders need from the interpreter: the check that a result stays within the
 * string size limit (the Interp satisfies it). */
export interface LengthGuard {
  checkLength(n: number): void;
}
