// B-unit conformance corpus: every B-type mnemonic and operand form the
// instruction table knows (emu-core/src/isa/rows_b.rs), aliases included,
// in explicit bundles. GNU as (-x) must accept it as is, and our assembler
// must produce the same bytes. Each bundle ends an instruction group.
//
// hint.b is not here: GNU as refuses it unless given -mhint.b=ok.

	.text
	.align 16

// IP-relative conditional branch (B1): every whether/prefetch/.clr
// hint, the `.few`-less forms, the `br.<hint>` aliases, and the bare
// `br`, `br.few`, `br.many` spellings. Targets are labels before (back) and after (loop).
back:
{ .bbb
	br.cond.sptk.few loop
	(p6) br.cond.sptk back
	br.sptk.few loop
	;; }
{ .bbb
	br.sptk back
	(p6) br.cond.sptk.few.clr loop
	br.cond.sptk.clr back
	;; }
{ .bbb
	br.sptk.few.clr loop
	(p6) br.sptk.clr back
	br.cond.spnt.few loop
	;; }
{ .bbb
	br.cond.spnt back
	(p6) br.spnt.few loop
	br.spnt back
	;; }
{ .bbb
	br.cond.spnt.few.clr loop
	(p6) br.cond.spnt.clr back
	br.spnt.few.clr loop
	;; }
{ .bbb
	br.spnt.clr back
	(p6) br.cond.dptk.few loop
	br.cond.dptk back
	;; }
{ .bbb
	br.dptk.few loop
	(p6) br.dptk back
	br.cond.dptk.few.clr loop
	;; }
{ .bbb
	br.cond.dptk.clr back
	(p6) br.dptk.few.clr loop
	br.dptk.clr back
	;; }
{ .bbb
	br.cond.dpnt.few loop
	(p6) br.cond.dpnt back
	br.dpnt.few loop
	;; }
{ .bbb
	br.dpnt back
	(p6) br.cond.dpnt.few.clr loop
	br.cond.dpnt.clr back
	;; }
{ .bbb
	br.dpnt.few.clr loop
	(p6) br.dpnt.clr back
	(p5) br.cond.sptk.many loop
	;; }
{ .bbb
	br.sptk.many back
	(p6) br.cond.sptk.many.clr loop
	br.sptk.many.clr back
	;; }
{ .bbb
	br.cond.spnt.many loop
	(p6) br.spnt.many back
	br.cond.spnt.many.clr loop
	;; }
{ .bbb
	br.spnt.many.clr back
	(p6) br.cond.dptk.many loop
	br.dptk.many back
	;; }
{ .bbb
	br.cond.dptk.many.clr loop
	(p6) br.dptk.many.clr back
	br.cond.dpnt.many loop
	;; }
{ .bbb
	br.dpnt.many back
	(p6) br.cond.dpnt.many.clr loop
	br.dpnt.many.clr back
	;; }
{ .bbb
	br.few loop
	(p6) br.few.clr back
	br.many loop
	;; }
{ .bbb
	br.many.clr back
	(p6) br loop
	br.clr back
	;; }

// Counted and modulo-scheduled loop branches (B1 wexit/wtop, B2
// cloop/cexit/ctop): they must sit in slot 2. cloop, cexit and ctop
// cannot be predicated.
loop:
// br.wexit
{ .mib
	nop.m 0
	nop.i 0
	br.wexit.sptk.few loop
	;; }
{ .mib
	nop.m 0
	nop.i 0
	(p7) br.wexit.sptk loop
	;; }
{ .mib
	nop.m 0
	nop.i 0
	br.wexit.sptk.few.clr loop
	;; }
{ .mib
	nop.m 0
	nop.i 0
	(p7) br.wexit.sptk.clr loop
	;; }
{ .mib
	nop.m 0
	nop.i 0
	br.wexit.spnt.few loop
	;; }
{ .mib
	nop.m 0
	nop.i 0
	(p7) br.wexit.spnt loop
	;; }
{ .mib
	nop.m 0
	nop.i 0
	br.wexit.spnt.few.clr loop
	;; }
{ .mib
	nop.m 0
	nop.i 0
	(p7) br.wexit.spnt.clr loop
	;; }
{ .mib
	nop.m 0
	nop.i 0
	br.wexit.dptk.few loop
	;; }
{ .mib
	nop.m 0
	nop.i 0
	(p7) br.wexit.dptk loop
	;; }
{ .mib
	nop.m 0
	nop.i 0
	br.wexit.dptk.few.clr loop
	;; }
{ .mib
	nop.m 0
	nop.i 0
	(p7) br.wexit.dptk.clr loop
	;; }
{ .mib
	nop.m 0
	nop.i 0
	br.wexit.dpnt.few loop
	;; }
{ .mib
	nop.m 0
	nop.i 0
	(p7) br.wexit.dpnt loop
	;; }
{ .mib
	nop.m 0
	nop.i 0
	br.wexit.dpnt.few.clr loop
	;; }
{ .mib
	nop.m 0
	nop.i 0
	(p7) br.wexit.dpnt.clr loop
	;; }
{ .mib
	nop.m 0
	nop.i 0
	br.wexit.sptk.many loop
	;; }
{ .mib
	nop.m 0
	nop.i 0
	(p7) br.wexit.sptk.many.clr loop
	;; }
{ .mib
	nop.m 0
	nop.i 0
	br.wexit.spnt.many loop
	;; }
{ .mib
	nop.m 0
	nop.i 0
	(p7) br.wexit.spnt.many.clr loop
	;; }
{ .mib
	nop.m 0
	nop.i 0
	br.wexit.dptk.many loop
	;; }
{ .mib
	nop.m 0
	nop.i 0
	(p7) br.wexit.dptk.many.clr loop
	;; }
{ .mib
	nop.m 0
	nop.i 0
	br.wexit.dpnt.many loop
	;; }
{ .mib
	nop.m 0
	nop.i 0
	(p7) br.wexit.dpnt.many.clr loop
	;; }
// br.wtop
{ .mib
	nop.m 0
	nop.i 0
	br.wtop.sptk.few loop
	;; }
{ .mib
	nop.m 0
	nop.i 0
	(p7) br.wtop.sptk loop
	;; }
{ .mib
	nop.m 0
	nop.i 0
	br.wtop.sptk.few.clr loop
	;; }
{ .mib
	nop.m 0
	nop.i 0
	(p7) br.wtop.sptk.clr loop
	;; }
{ .mib
	nop.m 0
	nop.i 0
	br.wtop.spnt.few loop
	;; }
{ .mib
	nop.m 0
	nop.i 0
	(p7) br.wtop.spnt loop
	;; }
{ .mib
	nop.m 0
	nop.i 0
	br.wtop.spnt.few.clr loop
	;; }
{ .mib
	nop.m 0
	nop.i 0
	(p7) br.wtop.spnt.clr loop
	;; }
{ .mib
	nop.m 0
	nop.i 0
	br.wtop.dptk.few loop
	;; }
{ .mib
	nop.m 0
	nop.i 0
	(p7) br.wtop.dptk loop
	;; }
{ .mib
	nop.m 0
	nop.i 0
	br.wtop.dptk.few.clr loop
	;; }
{ .mib
	nop.m 0
	nop.i 0
	(p7) br.wtop.dptk.clr loop
	;; }
{ .mib
	nop.m 0
	nop.i 0
	br.wtop.dpnt.few loop
	;; }
{ .mib
	nop.m 0
	nop.i 0
	(p7) br.wtop.dpnt loop
	;; }
{ .mib
	nop.m 0
	nop.i 0
	br.wtop.dpnt.few.clr loop
	;; }
{ .mib
	nop.m 0
	nop.i 0
	(p7) br.wtop.dpnt.clr loop
	;; }
{ .mib
	nop.m 0
	nop.i 0
	br.wtop.sptk.many loop
	;; }
{ .mib
	nop.m 0
	nop.i 0
	(p7) br.wtop.sptk.many.clr loop
	;; }
{ .mib
	nop.m 0
	nop.i 0
	br.wtop.spnt.many loop
	;; }
{ .mib
	nop.m 0
	nop.i 0
	(p7) br.wtop.spnt.many.clr loop
	;; }
{ .mib
	nop.m 0
	nop.i 0
	br.wtop.dptk.many loop
	;; }
{ .mib
	nop.m 0
	nop.i 0
	(p7) br.wtop.dptk.many.clr loop
	;; }
{ .mib
	nop.m 0
	nop.i 0
	br.wtop.dpnt.many loop
	;; }
{ .mib
	nop.m 0
	nop.i 0
	(p7) br.wtop.dpnt.many.clr loop
	;; }
// br.cloop
{ .mib
	nop.m 0
	nop.i 0
	br.cloop.sptk.few loop
	;; }
{ .mib
	nop.m 0
	nop.i 0
	br.cloop.sptk loop
	;; }
{ .mib
	nop.m 0
	nop.i 0
	br.cloop.sptk.few.clr loop
	;; }
{ .mib
	nop.m 0
	nop.i 0
	br.cloop.sptk.clr loop
	;; }
{ .mib
	nop.m 0
	nop.i 0
	br.cloop.spnt.few loop
	;; }
{ .mib
	nop.m 0
	nop.i 0
	br.cloop.spnt loop
	;; }
{ .mib
	nop.m 0
	nop.i 0
	br.cloop.spnt.few.clr loop
	;; }
{ .mib
	nop.m 0
	nop.i 0
	br.cloop.spnt.clr loop
	;; }
{ .mib
	nop.m 0
	nop.i 0
	br.cloop.dptk.few loop
	;; }
{ .mib
	nop.m 0
	nop.i 0
	br.cloop.dptk loop
	;; }
{ .mib
	nop.m 0
	nop.i 0
	br.cloop.dptk.few.clr loop
	;; }
{ .mib
	nop.m 0
	nop.i 0
	br.cloop.dptk.clr loop
	;; }
{ .mib
	nop.m 0
	nop.i 0
	br.cloop.dpnt.few loop
	;; }
{ .mib
	nop.m 0
	nop.i 0
	br.cloop.dpnt loop
	;; }
{ .mib
	nop.m 0
	nop.i 0
	br.cloop.dpnt.few.clr loop
	;; }
{ .mib
	nop.m 0
	nop.i 0
	br.cloop.dpnt.clr loop
	;; }
{ .mib
	nop.m 0
	nop.i 0
	br.cloop.sptk.many loop
	;; }
{ .mib
	nop.m 0
	nop.i 0
	br.cloop.sptk.many.clr loop
	;; }
{ .mib
	nop.m 0
	nop.i 0
	br.cloop.spnt.many loop
	;; }
{ .mib
	nop.m 0
	nop.i 0
	br.cloop.spnt.many.clr loop
	;; }
{ .mib
	nop.m 0
	nop.i 0
	br.cloop.dptk.many loop
	;; }
{ .mib
	nop.m 0
	nop.i 0
	br.cloop.dptk.many.clr loop
	;; }
{ .mib
	nop.m 0
	nop.i 0
	br.cloop.dpnt.many loop
	;; }
{ .mib
	nop.m 0
	nop.i 0
	br.cloop.dpnt.many.clr loop
	;; }
// br.cexit
{ .mib
	nop.m 0
	nop.i 0
	br.cexit.sptk.few loop
	;; }
{ .mib
	nop.m 0
	nop.i 0
	br.cexit.sptk loop
	;; }
{ .mib
	nop.m 0
	nop.i 0
	br.cexit.sptk.few.clr loop
	;; }
{ .mib
	nop.m 0
	nop.i 0
	br.cexit.sptk.clr loop
	;; }
{ .mib
	nop.m 0
	nop.i 0
	br.cexit.spnt.few loop
	;; }
{ .mib
	nop.m 0
	nop.i 0
	br.cexit.spnt loop
	;; }
{ .mib
	nop.m 0
	nop.i 0
	br.cexit.spnt.few.clr loop
	;; }
{ .mib
	nop.m 0
	nop.i 0
	br.cexit.spnt.clr loop
	;; }
{ .mib
	nop.m 0
	nop.i 0
	br.cexit.dptk.few loop
	;; }
{ .mib
	nop.m 0
	nop.i 0
	br.cexit.dptk loop
	;; }
{ .mib
	nop.m 0
	nop.i 0
	br.cexit.dptk.few.clr loop
	;; }
{ .mib
	nop.m 0
	nop.i 0
	br.cexit.dptk.clr loop
	;; }
{ .mib
	nop.m 0
	nop.i 0
	br.cexit.dpnt.few loop
	;; }
{ .mib
	nop.m 0
	nop.i 0
	br.cexit.dpnt loop
	;; }
{ .mib
	nop.m 0
	nop.i 0
	br.cexit.dpnt.few.clr loop
	;; }
{ .mib
	nop.m 0
	nop.i 0
	br.cexit.dpnt.clr loop
	;; }
{ .mib
	nop.m 0
	nop.i 0
	br.cexit.sptk.many loop
	;; }
{ .mib
	nop.m 0
	nop.i 0
	br.cexit.sptk.many.clr loop
	;; }
{ .mib
	nop.m 0
	nop.i 0
	br.cexit.spnt.many loop
	;; }
{ .mib
	nop.m 0
	nop.i 0
	br.cexit.spnt.many.clr loop
	;; }
{ .mib
	nop.m 0
	nop.i 0
	br.cexit.dptk.many loop
	;; }
{ .mib
	nop.m 0
	nop.i 0
	br.cexit.dptk.many.clr loop
	;; }
{ .mib
	nop.m 0
	nop.i 0
	br.cexit.dpnt.many loop
	;; }
{ .mib
	nop.m 0
	nop.i 0
	br.cexit.dpnt.many.clr loop
	;; }
// br.ctop
{ .mib
	nop.m 0
	nop.i 0
	br.ctop.sptk.few loop
	;; }
{ .mib
	nop.m 0
	nop.i 0
	br.ctop.sptk loop
	;; }
{ .mib
	nop.m 0
	nop.i 0
	br.ctop.sptk.few.clr loop
	;; }
{ .mib
	nop.m 0
	nop.i 0
	br.ctop.sptk.clr loop
	;; }
{ .mib
	nop.m 0
	nop.i 0
	br.ctop.spnt.few loop
	;; }
{ .mib
	nop.m 0
	nop.i 0
	br.ctop.spnt loop
	;; }
{ .mib
	nop.m 0
	nop.i 0
	br.ctop.spnt.few.clr loop
	;; }
{ .mib
	nop.m 0
	nop.i 0
	br.ctop.spnt.clr loop
	;; }
{ .mib
	nop.m 0
	nop.i 0
	br.ctop.dptk.few loop
	;; }
{ .mib
	nop.m 0
	nop.i 0
	br.ctop.dptk loop
	;; }
{ .mib
	nop.m 0
	nop.i 0
	br.ctop.dptk.few.clr loop
	;; }
{ .mib
	nop.m 0
	nop.i 0
	br.ctop.dptk.clr loop
	;; }
{ .mib
	nop.m 0
	nop.i 0
	br.ctop.dpnt.few loop
	;; }
{ .mib
	nop.m 0
	nop.i 0
	br.ctop.dpnt loop
	;; }
{ .mib
	nop.m 0
	nop.i 0
	br.ctop.dpnt.few.clr loop
	;; }
{ .mib
	nop.m 0
	nop.i 0
	br.ctop.dpnt.clr loop
	;; }
{ .mib
	nop.m 0
	nop.i 0
	br.ctop.sptk.many loop
	;; }
{ .mib
	nop.m 0
	nop.i 0
	br.ctop.sptk.many.clr loop
	;; }
{ .mib
	nop.m 0
	nop.i 0
	br.ctop.spnt.many loop
	;; }
{ .mib
	nop.m 0
	nop.i 0
	br.ctop.spnt.many.clr loop
	;; }
{ .mib
	nop.m 0
	nop.i 0
	br.ctop.dptk.many loop
	;; }
{ .mib
	nop.m 0
	nop.i 0
	br.ctop.dptk.many.clr loop
	;; }
{ .mib
	nop.m 0
	nop.i 0
	br.ctop.dpnt.many loop
	;; }
{ .mib
	nop.m 0
	nop.i 0
	br.ctop.dpnt.many.clr loop
	;; }

// Indirect branches (B4): br.cond with every hint and alias, br.ia and
// br.ret, through b0-b7.
// br.cond, indirect
{ .bbb
	br.cond.sptk.few b0
	(p6) br.cond.sptk b1
	br.sptk.few b2
	;; }
{ .bbb
	br.sptk b3
	(p6) br.cond.sptk.few.clr b4
	br.cond.sptk.clr b5
	;; }
{ .bbb
	br.sptk.few.clr b6
	(p6) br.sptk.clr b7
	br.cond.spnt.few b0
	;; }
{ .bbb
	br.cond.spnt b1
	(p6) br.spnt.few b2
	br.spnt b3
	;; }
{ .bbb
	br.cond.spnt.few.clr b4
	(p6) br.cond.spnt.clr b5
	br.spnt.few.clr b6
	;; }
{ .bbb
	br.spnt.clr b7
	(p6) br.cond.dptk.few b0
	br.cond.dptk b1
	;; }
{ .bbb
	br.dptk.few b2
	(p6) br.dptk b3
	br.cond.dptk.few.clr b4
	;; }
{ .bbb
	br.cond.dptk.clr b5
	(p6) br.dptk.few.clr b6
	br.dptk.clr b7
	;; }
{ .bbb
	br.cond.dpnt.few b0
	(p6) br.cond.dpnt b1
	br.dpnt.few b2
	;; }
{ .bbb
	br.dpnt b3
	(p6) br.cond.dpnt.few.clr b4
	br.cond.dpnt.clr b5
	;; }
{ .bbb
	br.dpnt.few.clr b6
	(p6) br.dpnt.clr b7
	(p5) br.cond.sptk.many b0
	;; }
{ .bbb
	br.sptk.many b1
	(p6) br.cond.sptk.many.clr b2
	br.sptk.many.clr b3
	;; }
{ .bbb
	br.cond.spnt.many b4
	(p6) br.spnt.many b5
	br.cond.spnt.many.clr b6
	;; }
{ .bbb
	br.spnt.many.clr b7
	(p6) br.cond.dptk.many b0
	br.dptk.many b1
	;; }
{ .bbb
	br.cond.dptk.many.clr b2
	(p6) br.dptk.many.clr b3
	br.cond.dpnt.many b4
	;; }
{ .bbb
	br.dpnt.many b5
	(p6) br.cond.dpnt.many.clr b6
	br.dpnt.many.clr b7
	;; }
{ .bbb
	br.few b0
	(p6) br.few.clr b1
	br.many b2
	;; }
{ .bbb
	br.many.clr b3
	(p6) br b4
	br.clr b5
	;; }
// br.ia, indirect
{ .bbb
	br.ia.sptk.few b0
	(p6) br.ia.sptk b1
	br.ia.sptk.few.clr b2
	;; }
{ .bbb
	br.ia.sptk.clr b3
	(p6) br.ia.spnt.few b4
	br.ia.spnt b5
	;; }
{ .bbb
	br.ia.spnt.few.clr b6
	(p6) br.ia.spnt.clr b7
	br.ia.dptk.few b0
	;; }
{ .bbb
	br.ia.dptk b1
	(p6) br.ia.dptk.few.clr b2
	br.ia.dptk.clr b3
	;; }
{ .bbb
	br.ia.dpnt.few b4
	(p6) br.ia.dpnt b5
	br.ia.dpnt.few.clr b6
	;; }
{ .bbb
	br.ia.dpnt.clr b7
	(p6) br.ia.sptk.many b0
	br.ia.sptk.many.clr b1
	;; }
{ .bbb
	br.ia.spnt.many b2
	(p6) br.ia.spnt.many.clr b3
	br.ia.dptk.many b4
	;; }
{ .bbb
	br.ia.dptk.many.clr b5
	(p6) br.ia.dpnt.many b6
	br.ia.dpnt.many.clr b7
	;; }
// br.ret, indirect
{ .bbb
	br.ret.sptk.few b0
	(p6) br.ret.sptk b1
	br.ret.sptk.few.clr b2
	;; }
{ .bbb
	br.ret.sptk.clr b3
	(p6) br.ret.spnt.few b4
	br.ret.spnt b5
	;; }
{ .bbb
	br.ret.spnt.few.clr b6
	(p6) br.ret.spnt.clr b7
	br.ret.dptk.few b0
	;; }
{ .bbb
	br.ret.dptk b1
	(p6) br.ret.dptk.few.clr b2
	br.ret.dptk.clr b3
	;; }
{ .bbb
	br.ret.dpnt.few b4
	(p6) br.ret.dpnt b5
	br.ret.dpnt.few.clr b6
	;; }
{ .bbb
	br.ret.dpnt.clr b7
	(p6) br.ret.sptk.many b0
	br.ret.sptk.many.clr b1
	;; }
{ .bbb
	br.ret.spnt.many b2
	(p6) br.ret.spnt.many.clr b3
	br.ret.dptk.many b4
	;; }
{ .bbb
	br.ret.dptk.many.clr b5
	(p6) br.ret.dpnt.many b6
	br.ret.dpnt.many.clr b7
	;; }

// Calls: IP-relative (B3) and indirect (B5), every hint; the return
// link register is b0-b7. One call per instruction group.
callee:
{ .mib
	nop.m 0
	nop.i 0
	br.call.sptk.few b0=callee
	;; }
{ .mib
	nop.m 0
	nop.i 0
	(p6) br.call.sptk b1=callee
	;; }
{ .mib
	nop.m 0
	nop.i 0
	br.call.sptk.few.clr b2=callee
	;; }
{ .mib
	nop.m 0
	nop.i 0
	(p6) br.call.sptk.clr b3=callee
	;; }
{ .mib
	nop.m 0
	nop.i 0
	br.call.spnt.few b4=callee
	;; }
{ .mib
	nop.m 0
	nop.i 0
	(p6) br.call.spnt b5=callee
	;; }
{ .mib
	nop.m 0
	nop.i 0
	br.call.spnt.few.clr b6=callee
	;; }
{ .mib
	nop.m 0
	nop.i 0
	(p6) br.call.spnt.clr b7=callee
	;; }
{ .mib
	nop.m 0
	nop.i 0
	br.call.dptk.few b0=callee
	;; }
{ .mib
	nop.m 0
	nop.i 0
	(p6) br.call.dptk b1=callee
	;; }
{ .mib
	nop.m 0
	nop.i 0
	br.call.dptk.few.clr b2=callee
	;; }
{ .mib
	nop.m 0
	nop.i 0
	(p6) br.call.dptk.clr b3=callee
	;; }
{ .mib
	nop.m 0
	nop.i 0
	br.call.dpnt.few b4=callee
	;; }
{ .mib
	nop.m 0
	nop.i 0
	(p6) br.call.dpnt b5=callee
	;; }
{ .mib
	nop.m 0
	nop.i 0
	br.call.dpnt.few.clr b6=callee
	;; }
{ .mib
	nop.m 0
	nop.i 0
	(p6) br.call.dpnt.clr b7=callee
	;; }
{ .mib
	nop.m 0
	nop.i 0
	br.call.sptk.many b0=callee
	;; }
{ .mib
	nop.m 0
	nop.i 0
	(p6) br.call.sptk.many.clr b1=callee
	;; }
{ .mib
	nop.m 0
	nop.i 0
	br.call.spnt.many b2=callee
	;; }
{ .mib
	nop.m 0
	nop.i 0
	(p6) br.call.spnt.many.clr b3=callee
	;; }
{ .mib
	nop.m 0
	nop.i 0
	br.call.dptk.many b4=callee
	;; }
{ .mib
	nop.m 0
	nop.i 0
	(p6) br.call.dptk.many.clr b5=callee
	;; }
{ .mib
	nop.m 0
	nop.i 0
	br.call.dpnt.many b6=callee
	;; }
{ .mib
	nop.m 0
	nop.i 0
	(p6) br.call.dpnt.many.clr b7=callee
	;; }
{ .mib
	nop.m 0
	nop.i 0
	br.call.sptk.few b0=b3
	;; }
{ .mib
	nop.m 0
	nop.i 0
	(p6) br.call.sptk b1=b4
	;; }
{ .mib
	nop.m 0
	nop.i 0
	br.call.sptk.few.clr b2=b5
	;; }
{ .mib
	nop.m 0
	nop.i 0
	(p6) br.call.sptk.clr b3=b6
	;; }
{ .mib
	nop.m 0
	nop.i 0
	br.call.spnt.few b4=b7
	;; }
{ .mib
	nop.m 0
	nop.i 0
	(p6) br.call.spnt b5=b0
	;; }
{ .mib
	nop.m 0
	nop.i 0
	br.call.spnt.few.clr b6=b1
	;; }
{ .mib
	nop.m 0
	nop.i 0
	(p6) br.call.spnt.clr b7=b2
	;; }
{ .mib
	nop.m 0
	nop.i 0
	br.call.dptk.few b0=b3
	;; }
{ .mib
	nop.m 0
	nop.i 0
	(p6) br.call.dptk b1=b4
	;; }
{ .mib
	nop.m 0
	nop.i 0
	br.call.dptk.few.clr b2=b5
	;; }
{ .mib
	nop.m 0
	nop.i 0
	(p6) br.call.dptk.clr b3=b6
	;; }
{ .mib
	nop.m 0
	nop.i 0
	br.call.dpnt.few b4=b7
	;; }
{ .mib
	nop.m 0
	nop.i 0
	(p6) br.call.dpnt b5=b0
	;; }
{ .mib
	nop.m 0
	nop.i 0
	br.call.dpnt.few.clr b6=b1
	;; }
{ .mib
	nop.m 0
	nop.i 0
	(p6) br.call.dpnt.clr b7=b2
	;; }
{ .mib
	nop.m 0
	nop.i 0
	br.call.sptk.many b0=b3
	;; }
{ .mib
	nop.m 0
	nop.i 0
	(p6) br.call.sptk.many.clr b1=b4
	;; }
{ .mib
	nop.m 0
	nop.i 0
	br.call.spnt.many b2=b5
	;; }
{ .mib
	nop.m 0
	nop.i 0
	(p6) br.call.spnt.many.clr b3=b6
	;; }
{ .mib
	nop.m 0
	nop.i 0
	br.call.dptk.many b4=b7
	;; }
{ .mib
	nop.m 0
	nop.i 0
	(p6) br.call.dptk.many.clr b5=b0
	;; }
{ .mib
	nop.m 0
	nop.i 0
	br.call.dpnt.many b6=b1
	;; }
{ .mib
	nop.m 0
	nop.i 0
	(p6) br.call.dpnt.many.clr b7=b2
	;; }

// Branch predict: IP-relative (B6) target and tag, indirect (B7) through
// a branch register; the tag labels the branch the hint is for.
{ .bbb
	brp.sptk loop,hinted
	brp.loop loop,hinted
	brp.dptk loop,hinted
	;; }
{ .bbb
	brp.exit loop,hinted
	brp.sptk.imp loop,hinted
	brp.loop.imp loop,hinted
	;; }
{ .bbb
	brp.dptk.imp loop,hinted
	brp.exit.imp loop,hinted
	brp.sptk b6,hinted
	;; }
{ .bbb
	brp.dptk b6,hinted
	brp.sptk.imp b6,hinted
	brp.dptk.imp b6,hinted
	;; }
{ .bbb
	brp.ret.sptk b6,hinted
	brp.ret.dptk b6,hinted
	brp.ret.sptk.imp b6,hinted
	;; }
{ .bbb
	brp.ret.dptk.imp b6,hinted
	nop.b 0
	nop.b 0
	;; }
hinted:
{ .mib
	nop.m 0
	nop.i 0
	br.cond.sptk.few loop
	;; }

// System branches (B8), no predicate. cover, clrrrb, clrrrb.pr, rfi and
// bsw must end an instruction group; rfi, bsw and vmsw are privileged.
{ .mib
	nop.m 0
	nop.i 0
	cover
	;; }
{ .mib
	nop.m 0
	nop.i 0
	clrrrb
	;; }
{ .mib
	nop.m 0
	nop.i 0
	clrrrb.pr
	;; }
{ .mib
	nop.m 0
	nop.i 0
	rfi
	;; }
{ .mib
	nop.m 0
	nop.i 0
	bsw.0
	;; }
{ .mib
	nop.m 0
	nop.i 0
	bsw.1
	;; }
{ .mib
	nop.m 0
	nop.i 0
	epc
	;; }
{ .mib
	nop.m 0
	nop.i 0
	vmsw.0
	;; }
{ .mib
	nop.m 0
	nop.i 0
	vmsw.1
	;; }

// nop.b and break.b (B9), also spelled without the unit suffix.
{ .bbb
	nop.b 0
	(p6) nop.b 0x1fffff
	break.b 0
	;; }
{ .bbb
	(p6) break.b 0x1fffff
	nop.b 0
	nop.b 0
	;; }
{ .bbb
	nop 0x12345
	break 0x100000
	nop.b 0
	;; }
