// The tool version written into emitted artifacts: package.json's, as `irule --version` prints it.

import { packageJson } from '../package-info.js';

export const TOOL_VERSION: string = packageJson().version;
