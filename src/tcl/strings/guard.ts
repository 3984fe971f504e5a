/** What string builders need from the interpreter: the check that a result stays within the
 * string size limit, and the step budget that work inside one command is charged to (the Interp
 * satisfies it), so that one command doing millions of replacements is bounded by steps and time. */
export interface LengthGuard {
  checkLength(n: number): void;
  /** Charges `n` steps (optional: callers that only build short strings need not count). */
  charge?(n: number): void;
}
