// lsearch, after Tcl 8.6's Tcl_LsearchObjCmd: options, the order of its checks and errors, the
// binary search of -sorted/-bisect (leftmost match, or last element <= pattern), and the quirks
// of -subindices (end-relative indexes decoded against the outer list's length, as 8.6 does).

import { TclError, wrongArgs } from '../errors.js';
import type { Interp } from '../interp.js';
import { LSEARCH_OPTIONS_84 } from '../tcl84.js';
import { getTclRegex } from '../regex/index.js';
import { globMatch } from '../strings/glob.js';
import { foldCase } from '../strings/unicode.js';
import { TclList, str, type Value } from '../value.js';
import { compareAscii, compareDictionary, compareNocase } from './compare.js';
import { peekItems } from './growlist.js';
import { check84Index, decodeIndex, getListIndex, type EncodedIndex } from './index.js';
import { getIndexFromTable } from './options.js';
import { getDoubleNotNaN, getWide, parseIndexOption, selectFromSublist } from './sort.js';

const OPTIONS = [
  '-all', '-ascii', '-bisect', '-decreasing', '-dictionary', '-exact', '-glob', '-increasing',
  '-index', '-inline', '-integer', '-nocase', '-not', '-real', '-regexp', '-sorted', '-start',
  '-subindices',
] as const;

const enum MatchMode {
  EXACT,
  GLOB,
  REGEXP,
  SORTED,
}

const enum DataType {
  ASCII,
  DICTIONARY,
  INTEGER,
  REAL,
}

function missing(message: string): TclError {
  return new TclError(message, ['TCL', 'ARGUMENT', 'MISSING']);
}

function badMix(message: string): TclError {
  return new TclError(message, ['TCL', 'OPERATION', 'LSEARCH', 'BAD_OPTION_MIX']);
}

export function lsearch(interp: Interp, argv: Value[]): Value {
  const objc = argv.length;
  if (objc < 3) throw wrongArgs(`${str(argv[0]!)} ?-option value ...? list pattern`);
  let mode = MatchMode.GLOB;
  let dataType = DataType.ASCII;
  let all = false;
  let inline = false;
  let negate = false;
  let nocase = false;
  let bisect = false;
  let increasing = true;
  let subindices = false;
  let start: Value | null = null;
  let indexes: EncodedIndex[] = [];
  const table = interp.dialect === 'irule' ? LSEARCH_OPTIONS_84 : OPTIONS;
  for (let i = 1; i < objc - 2; i++) {
    switch (table[getIndexFromTable(str(argv[i]!), table, 'option')]) {
      case '-all': all = true; break;
      case '-ascii': dataType = DataType.ASCII; break;
      case '-bisect': mode = MatchMode.SORTED; bisect = true; break;
      case '-decreasing': increasing = false; break;
      case '-dictionary': dataType = DataType.DICTIONARY; break;
      case '-exact': mode = MatchMode.EXACT; break;
      case '-glob': mode = MatchMode.GLOB; break;
      case '-increasing': increasing = true; break;
      case '-index':
        if (i > objc - 4) throw missing('"-index" option must be followed by list index');
        indexes = parseIndexOption(argv[++i]!);
        break;
      case '-inline': inline = true; break;
      case '-integer': dataType = DataType.INTEGER; break;
      case '-nocase': nocase = true; break;
      case '-not': negate = true; break;
      case '-real': dataType = DataType.REAL; break;
      case '-regexp': mode = MatchMode.REGEXP; break;
      case '-sorted': mode = MatchMode.SORTED; break;
      case '-start':
        if (i > objc - 4) throw missing('missing starting index');
        start = argv[++i]!;
        break;
      case '-subindices': subindices = true; break;
    }
  }
  if (subindices && indexes.length === 0) throw badMix('-subindices cannot be used without -index option');
  if (bisect && (all || negate)) throw badMix('-bisect is not compatible with -all or -not');
  const patObj = argv[objc - 1]!;
  const regexp = mode === MatchMode.REGEXP ? getTclRegex(str(patObj), { nocase }) : null;
  const budget = interp.regexBudget;

  const list = peekItems(argv[objc - 2]!);
  const listc = list.length;
  let offset = 0;
  if (start !== null) {
    if (interp.dialect === 'irule') check84Index(start); // 8.4.6: generic/tclCmdIL.c 2923
    offset = getListIndex(start, listc - 1);
    if (offset < 0) offset = 0;
    if (offset > listc - 1) return all || inline ? '' : -1;
  }

  // The pattern, converted once for the typed comparisons.
  const typed = mode === MatchMode.EXACT || mode === MatchMode.SORTED;
  const patString = str(patObj);
  const patNumber: number | bigint =
    typed && dataType === DataType.INTEGER ? getWide(patObj) : typed && dataType === DataType.REAL ? getDoubleNotNaN(patObj) : 0;
  const item = (i: number): Value => (indexes.length > 0 ? selectFromSublist(list[i]!, indexes) : list[i]!);
  const subindexList = (i: number): TclList => new TclList([i, ...indexes.map((e) => decodeIndex(e, listc))]);

  let index = -1;
  if (mode === MatchMode.SORTED && !all && !negate) {
    const strCompare = nocase ? compareNocase : compareAscii;
    let lower = offset - 1;
    let upper = listc;
    while (lower + 1 !== upper) {
      const i = Math.floor((lower + upper) / 2);
      const it = item(i);
      let match: number;
      switch (dataType) {
        case DataType.ASCII:
          match = strCompare(patString, str(it));
          break;
        case DataType.DICTIONARY:
          match = compareDictionary(patString, str(it));
          break;
        case DataType.INTEGER: {
          const v = getWide(it);
          match = patNumber === v ? 0 : patNumber < v ? -1 : 1;
          break;
        }
        case DataType.REAL: {
          const v = getDoubleNotNaN(it);
          match = patNumber === v ? 0 : patNumber < v ? -1 : 1;
          break;
        }
      }
      if (match === 0) {
        // Keep going: the leftmost equal element is the answer (the last one for -bisect).
        index = i;
        if (bisect) lower = i;
        else upper = i;
      } else if (match > 0 === increasing) {
        lower = i;
      } else {
        upper = i;
      }
    }
    if (bisect && index < 0) index = lower;
  } else {
    const results: Value[] | null = all ? [] : null;
    const foldedPattern = nocase && mode === MatchMode.EXACT && dataType === DataType.ASCII ? foldCase(patString) : '';
    for (let i = offset; i < listc; i++) {
      const it = item(i);
      let match: boolean;
      switch (mode) {
        case MatchMode.SORTED:
        case MatchMode.EXACT:
          switch (dataType) {
            case DataType.ASCII: {
              const s = str(it);
              match = nocase ? s.length === patString.length && foldCase(s) === foldedPattern : s === patString;
              break;
            }
            case DataType.DICTIONARY:
              match = compareDictionary(str(it), patString) === 0;
              break;
            case DataType.INTEGER:
              match = getWide(it) === patNumber;
              break;
            case DataType.REAL:
              match = getDoubleNotNaN(it) === patNumber;
              break;
          }
          break;
        case MatchMode.GLOB:
          match = globMatch(patString, str(it), nocase);
          break;
        case MatchMode.REGEXP:
          match = regexp!.test(str(it), budget);
          break;
      }
      if (negate) match = !match;
      if (!match) continue;
      if (results === null) {
        index = i;
        break;
      }
      if (subindices) results.push(inline ? item(i) : subindexList(i));
      else results.push(inline ? list[i]! : i);
    }
    if (results !== null) return new TclList(results);
  }

  if (!inline) return subindices ? subindexList(index) : index;
  return index < 0 ? '' : list[index]!;
}
