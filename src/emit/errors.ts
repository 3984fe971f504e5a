// Why an emit cannot produce its artifact. Exit code 2: the request is unusable (bad name, target,
// file); 1: the rule itself cannot be deployed (lint errors, braces that tmsh cannot embed).

export class EmitError extends Error {
  constructor(
    message: string,
    readonly exitCode: 1 | 2 = 2,
  ) {
    super(message);
  }
}
