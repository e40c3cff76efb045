// I-unit instructions in GNU as syntax: every mnemonic and operand form of
// the I-type rows once. Each instruction ends its own instruction group.
	.text
i_unit:

// break/nop/hint (I19, I18): with and without the unit suffix; bare forms in an I slot
	break.i 0 ;;
	break.i 0x1fffff ;;
	nop.i 0x12345 ;;
	hint.i 0 ;;
	hint.i @pause ;;
{ .mii
	nop.m 0
	break 0x100
	nop 7
}
{ .mii
	nop.m 0
	hint 1
	nop.i 0 ;;
}

// speculation check (I20), also as bare chk.s in an I slot
	chk.s.i r2, i_unit ;;
	(p3) chk.s.i r127, 1f ;;
{ .mii
	nop.m 0
	chk.s r5, i_unit
	nop.i 0 ;;
}
1:

// mov to a branch register (I21): every hint; the plain form with and without a tag
	mov b1 = r2 ;;
	mov b0 = r127, i_unit ;;
	mov.sptk b2 = r18, i_unit ;;
	mov.sptk.imp b3 = r19, i_unit ;;
	mov.imp b4 = r20, i_unit ;;
	mov.dptk b5 = r21, i_unit ;;
	mov.dptk.imp b6 = r22, i_unit ;;
	mov.ret.sptk b7 = r23, i_unit ;;
	mov.ret.sptk.imp b0 = r24, i_unit ;;
	mov.ret b1 = r25, i_unit ;;
	mov.ret.imp b2 = r26, i_unit ;;
	mov.ret.dptk b3 = r27, i_unit ;;
	mov.ret.dptk.imp b4 = r28, i_unit ;;

// mov from a branch register (I22)
	mov r1 = b2 ;;
	mov r127 = b0 ;;

// mov to predicates (I23, I24), the full-mask pseudo-op and from predicates (I25)
	mov pr = r2, 0x1234e ;;
	mov pr = r3, -2 ;;
	mov pr = r4 ;;
	mov pr.rot = 0x10000 ;;
	mov pr.rot = -0x100000000 ;;
	mov r1 = pr ;;

// mov from ip (I25)
	mov r9 = ip ;;

// I-unit application registers (I26-I28), with and without .i
	mov.i ar.lc = r2 ;;
	mov ar.ec = r3 ;;
	mov.i ar.pfs = 127 ;;
	mov ar.lc = -128 ;;
	mov.i r4 = ar.lc ;;
	mov r5 = ar.pfs ;;
	mov.i ar48 = r6 ;;
	mov.i r7 = ar127 ;;

// zero/sign extension and compute zero index (I29)
	zxt1 r52 = r54 ;;
	zxt2 r53 = r55 ;;
	zxt4 r54 = r56 ;;
	sxt1 r55 = r57 ;;
	sxt2 r56 = r58 ;;
	sxt4 r57 = r59 ;;
	czx1.l r58 = r60 ;;
	czx2.l r59 = r61 ;;
	czx1.r r60 = r62 ;;
	czx2.r r61 = r63 ;;

// deposit (I12-I15) and extract (I11); shifts by a count are dep.z/extr pseudo-ops
	dep r1 = r2, r3, 63, 16 ;;
	dep r4 = -1, r5, 0, 64 ;;
	dep r6 = 0, r7, 31, 1 ;;
	dep.z r8 = r9, 5, 59 ;;
	dep.z r10 = -128, 0, 8 ;;
	dep.z r11 = 127, 63, 1 ;;
	extr r12 = r13, 5, 59 ;;
	extr r26 = r27, 5, 10 ;;
	dep.z r28 = r29, 7, 12 ;;
	extr.u r14 = r15, 0, 64 ;;
	extr.u r16 = r17, 63, 2 ;;
	shr r18 = r19, 63 ;;
	shr.u r20 = r21, 0 ;;
	shl r22 = r23, 5 ;;
	shl r24 = r25, 63 ;;

// shift right pair (I10)
	shrp r26 = r27, r28, 0 ;;
	shrp r29 = r30, r31, 63 ;;

// test bit (I16), test NaT (I17) and test feature (I30): every relation and type
	tbit.z p1, p32 = r3, 0 ;;
	tbit.nz p2, p33 = r4, 4 ;;
	tbit.z.unc p3, p34 = r5, 8 ;;
	tbit.nz.unc p4, p35 = r6, 12 ;;
	tbit.z.and p5, p36 = r7, 16 ;;
	tbit.nz.and p6, p37 = r8, 20 ;;
	tbit.z.or p7, p38 = r9, 24 ;;
	tbit.nz.or p8, p39 = r10, 28 ;;
	tbit.z.or.andcm p9, p40 = r11, 32 ;;
	tbit.nz.or.andcm p10, p41 = r12, 36 ;;
	tbit.z.andcm p11, p42 = r13, 40 ;;
	tbit.nz.andcm p12, p43 = r14, 44 ;;
	tbit.z.orcm p13, p44 = r15, 48 ;;
	tbit.nz.orcm p14, p45 = r16, 52 ;;
	tbit.z.and.orcm p15, p46 = r17, 56 ;;
	tbit.nz.and.orcm p16, p47 = r18, 60 ;;
	(p1) tnat.z p2, p40 = r60 ;;
	(p2) tnat.nz p3, p41 = r61 ;;
	(p3) tnat.z.unc p4, p42 = r62 ;;
	(p4) tnat.nz.unc p5, p43 = r63 ;;
	(p5) tnat.z.and p6, p44 = r64 ;;
	(p6) tnat.nz.and p7, p45 = r65 ;;
	(p7) tnat.z.or p8, p46 = r66 ;;
	(p8) tnat.nz.or p9, p47 = r67 ;;
	(p9) tnat.z.or.andcm p10, p48 = r68 ;;
	(p10) tnat.nz.or.andcm p11, p49 = r69 ;;
	(p11) tnat.z.andcm p12, p50 = r70 ;;
	(p12) tnat.nz.andcm p13, p51 = r71 ;;
	(p13) tnat.z.orcm p14, p52 = r72 ;;
	(p14) tnat.nz.orcm p15, p53 = r73 ;;
	(p15) tnat.z.and.orcm p16, p54 = r74 ;;
	(p16) tnat.nz.and.orcm p17, p55 = r75 ;;
	tf.z p5, p20 = 32 ;;
	tf.nz p6, p21 = 34 ;;
	tf.z.unc p7, p22 = 36 ;;
	tf.nz.unc p8, p23 = 38 ;;
	tf.z.and p9, p24 = 40 ;;
	tf.nz.and p10, p25 = 42 ;;
	tf.z.or p11, p26 = 44 ;;
	tf.nz.or p12, p27 = 46 ;;
	tf.z.or.andcm p13, p28 = 48 ;;
	tf.nz.or.andcm p14, p29 = 50 ;;
	tf.z.andcm p15, p30 = 52 ;;
	tf.nz.andcm p16, p31 = 54 ;;
	tf.z.orcm p17, p32 = 56 ;;
	tf.nz.orcm p18, p33 = 58 ;;
	tf.z.and.orcm p19, p34 = 60 ;;
	tf.nz.and.orcm p20, p35 = 62 ;;

// parallel multiply and shift (I1, I2)
	pmpyshr2 r4 = r5, r6, 0 ;;
	pmpyshr2 r4 = r5, r6, 7 ;;
	pmpyshr2.u r4 = r5, r6, 15 ;;
	pmpyshr2.u r4 = r5, r6, 16 ;;
	pmpy2.r r4 = r5, r6 ;;
	pmpy2.l r4 = r5, r6 ;;

// mix, pack, unpack, min/max, sum of absolute differences (I2)
	mix1.r r7 = r8, r9 ;;
	mix2.r r7 = r8, r9 ;;
	mix4.r r7 = r8, r9 ;;
	mix1.l r7 = r8, r9 ;;
	mix2.l r7 = r8, r9 ;;
	mix4.l r7 = r8, r9 ;;
	pack2.uss r7 = r8, r9 ;;
	pack2.sss r7 = r8, r9 ;;
	pack4.sss r7 = r8, r9 ;;
	unpack1.h r7 = r8, r9 ;;
	unpack2.h r7 = r8, r9 ;;
	unpack4.h r7 = r8, r9 ;;
	unpack1.l r7 = r8, r9 ;;
	unpack2.l r7 = r8, r9 ;;
	unpack4.l r7 = r8, r9 ;;
	pmin1.u r7 = r8, r9 ;;
	pmax1.u r7 = r8, r9 ;;
	pmin2 r7 = r8, r9 ;;
	pmax2 r7 = r8, r9 ;;
	psad1 r7 = r8, r9 ;;

// mux (I3, I4): every named mux1 permutation and a raw one, mux2 masks
	mux1 r10 = r11, @rev ;;
	mux1 r10 = r11, @mix ;;
	mux1 r10 = r11, @shuf ;;
	mux1 r10 = r11, @alt ;;
	mux1 r10 = r11, @brcst ;;
	mux1 r10 = r11, 5 ;;
	mux2 r12 = r13, 0 ;;
	mux2 r12 = r13, 0xff ;;
	mux2 r12 = r13, 0x44 ;;

// variable shifts (I5, I7) and fixed parallel shifts (I6, I8)
	pshr2 r14 = r15, r16 ;;
	pshr4 r14 = r15, r16 ;;
	shr r14 = r15, r16 ;;
	pshr2.u r14 = r15, r16 ;;
	pshr4.u r14 = r15, r16 ;;
	shr.u r14 = r15, r16 ;;
	pshr2 r17 = r18, 0 ;;
	pshr2 r17 = r18, 31 ;;
	pshr4 r17 = r18, 0 ;;
	pshr4 r17 = r18, 31 ;;
	pshr2.u r17 = r18, 0 ;;
	pshr2.u r17 = r18, 31 ;;
	pshr4.u r17 = r18, 0 ;;
	pshr4.u r17 = r18, 31 ;;
	pshl2 r19 = r20, r21 ;;
	pshl4 r19 = r20, r21 ;;
	shl r19 = r20, r21 ;;
	pshl2 r22 = r23, 0 ;;
	pshl2 r22 = r23, 31 ;;
	pshl4 r22 = r23, 0 ;;
	pshl4 r22 = r23, 31 ;;

// 32-bit multiplies (I2), population count and leading zeros (I9)
	mpy4 r24 = r25, r26 ;;
	mpyshl4 r27 = r28, r29 ;;
	popcnt r30 = r31 ;;
	clz r32 = r33 ;;
