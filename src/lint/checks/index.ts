// The one place where lint checks are registered.

import type { Check } from '../types.js';
import { danglingElse } from './dangling-else.js';
import { commentAsArgument } from './comment-as-argument.js';
import { missingWordSpace } from './missing-word-space.js';
import { syntaxError } from './syntax-error.js';
import { unknownSuppression } from './unknown-suppression.js';
import { commandInvalidInEvent } from './command-invalid-in-event.js';
import { deprecated } from './deprecated.js';
import { disabledCommand } from './disabled-command.js';
import { doubleResponse } from './double-response.js';
import { duplicateEvent } from './duplicate-event.js';
import { emptyEventHandler } from './empty-event-handler.js';
import { logWithoutFacility } from './log-without-facility.js';
import { missingProfile } from './missing-profile.js';
import { noEventHandler } from './no-event-handler.js';
import { persistAddEvent } from './persist-add-event.js';
import { persistWithoutProfile } from './persist-without-profile.js';
import { responseWithoutReturn } from './response-without-return.js';
import { staticWriteOutsideInit } from './static-write-outside-init.js';
import { globalVariable } from './global-variable.js';
import { tcl85Feature } from './tcl85-feature.js';
import { unbracedExpression } from './unbraced-expression.js';
import { unknownCommand } from './unknown-command.js';
import { unknownEvent } from './unknown-event.js';
import { unknownDatagroup } from './unknown-datagroup.js';
import { unknownPool } from './unknown-pool.js';
import { unreachableBranch } from './unreachable-branch.js';
import { wrongArguments } from './wrong-arguments.js';

import { codeInjection } from './code-injection.js';
import { missingOptionTerminator } from './missing-option-terminator.js';
import { responseInjection } from './response-injection.js';
import { responseSplitting } from './response-splitting.js';
import { hardcodedCredential } from './hardcoded-credential.js';
import { nonAsciiCharacter } from './non-ascii-character.js';
import { variableUsedBeforeSet } from './variable-used-before-set.js';
import { unusedVariable } from './unused-variable.js';
import { secretLeak } from './secret-leak.js';
import { insertedHeaderNotRemoved } from './inserted-header-not-removed.js';
import { randomPersistenceKey } from './random-persistence-key.js';
import { unvalidatedPersistenceKey } from './unvalidated-persistence-key.js';
import { emptyPersistenceKey } from './empty-persistence-key.js';
import { pathPrefixWithoutBoundary } from './path-prefix-without-boundary.js';
import { absoluteFormUri } from './absolute-form-uri.js';
import { unthrottledLog } from './unthrottled-log.js';
export const CHECKS: readonly Check[] = [
  unknownSuppression,
  syntaxError,
  missingWordSpace,
  danglingElse,
  commentAsArgument,
  // catalog and structure checks (IR2001-IR2015, IR3001, IR5001-IR5003)
  unknownEvent,
  unknownCommand,
  wrongArguments,
  commandInvalidInEvent,
  missingProfile,
  disabledCommand,
  deprecated,
  tcl85Feature,
  staticWriteOutsideInit,
  globalVariable,
  responseWithoutReturn,
  doubleResponse,
  unreachableBranch,
  unknownDatagroup,
  unknownPool,
  persistWithoutProfile,
  persistAddEvent,
  duplicateEvent,
  unbracedExpression,
  noEventHandler,
  emptyEventHandler,
  logWithoutFacility,
  // dataflow, security and AI session pinning checks (IR2050-IR2051, IR3002-IR3006, IR4001-IR4008)
  variableUsedBeforeSet,
  unusedVariable,
  codeInjection,
  missingOptionTerminator,
  responseInjection,
  responseSplitting,
  hardcodedCredential,
  nonAsciiCharacter,
  secretLeak,
  insertedHeaderNotRemoved,
  randomPersistenceKey,
  unvalidatedPersistenceKey,
  emptyPersistenceKey,
  pathPrefixWithoutBoundary,
  absoluteFormUri,
  unthrottledLog,
];
