// Types of scripts/preflight.mjs for the TypeScript tests that import it.
export interface Need {
  pkg: string;
  program: string;
  override: string;
}
export const NEEDS: Need[];
export function which(program: string, env?: NodeJS.ProcessEnv): string | null;
export function locate(need: Need, env?: NodeJS.ProcessEnv): string | null;
export function missing(env?: NodeJS.ProcessEnv): Need[];
export function installHint(pkgs: string[]): string;
export function missingLine(needs: Need[], asRoot: boolean): string;
export function preflight(opts?: { env?: NodeJS.ProcessEnv; uid?: number; install?: boolean; log?: (line: string) => void }): number;
