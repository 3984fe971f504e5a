import { it, expect } from 'vitest';
import { TclList, toList, str } from '../../src/tcl/value.js';
const proto = Object.create(TclList.prototype);
Object.defineProperty(proto, 'items', { get() { return this.buf; } });
function mk(b: any[], n: number): any { const o = Object.create(proto); o.buf = b; o.len = n; o.s = undefined; return o; }
it('x', () => {
  const g = mk([1, 2], 2);
  console.log(g instanceof TclList, String(g), toList(g), str(g));
  for (let k = 0; k < 3; k++) {
  let t = performance.now();
  let l: any = mk([], 0);
  for (let i = 0; i < 200000; i++) { l.buf.push(i); l = mk(l.buf, l.len + 1); }
  console.log('create', performance.now() - t);
  t = performance.now();
  let s = 0;
  for (let i = 0; i < 200000; i++) { s += l.items.length; }
  console.log('read', performance.now() - t);
  t = performance.now();
  let m: any = new TclList([]);
  for (let i = 0; i < 200000; i++) { m = new TclList([1,2,3,4,5]); }
  console.log('plain', performance.now() - t);
  }
});
