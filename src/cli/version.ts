import { packageJson } from '../package-info.js';

export const VERSION: string = packageJson().version;
