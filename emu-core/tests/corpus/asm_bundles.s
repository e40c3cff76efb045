// Explicit bundles: every template name, stops inside bundles (after
// slot 0 of .mmi gives M;MI, after slot 1 of .mii gives MI;I), stops at
// the end inside or after the braces, bundles with fewer instructions than
// slots (the rest are nops), a template directive without braces, and a
// bare `nop`/`break` whose unit the slot decides.
	.text
_start:
{ .mii
	add r1 = r2, r3
	add r4 = r5, r6
	add r7 = r8, r9
}
{ .mii
	add r1 = r2, r3
	add r4 = r5, r6 ;;
	add r7 = r8, r9 ;;
}
{ .mmi
	add r1 = r2, r3 ;;
	add r4 = r5, r6
	add r7 = r8, r9
} ;;
{ .mlx
	nop.m 0
	movl r1 = 0x123456789abcdef0 ;;
}
{ .mli
	nop 1
	movl r2 = -1
}
{ .mfi
	nop.m 2
	nop.f 3
	add r1 = r2, r3 ;;
}
{ .mmf
	add r1 = r2, r3
	add r4 = r5, r6
	nop 4
}
{ .mib
	add r1 = r2, r3
	add r4 = r5, r6
	br.cond.sptk.few 1f ;;
}
1:
{ .mbb
	nop.m 0
	nop.b 5
	br.cond.sptk.few 1b
}
{ .bbb
	nop 6
	break 7
	br.cond.sptk.few 1b ;;
}
{ .mmb
	add r1 = r2, r3
	add r4 = r5, r6
	nop.b 8
}
{ .mfb
	break.m 9
	nop 10
	br.cond.sptk.few 1b ;;
}
// Fewer instructions than slots.
{ .mii
	add r1 = r2, r3
}
{ .mib
	nop.m 0
	br.cond.sptk.few 1b
}
{ .mmi
	add r1 = r2, r3 ;;
}
// A template directive alone picks the next bundle's template.
	.mfi
	add r1 = r2, r3
	add r4 = r5, r6 ;;
	.mmi
	add r7 = r8, r9
	nop 0
	nop 0 ;;
// Bundles with labels on their first instruction.
{ .mii
lab1:	add r1 = r2, r3
	add r4 = r5, r6
	add r7 = r8, r9 ;;
}
lab2:
{ .mmi
	nop.m 0
	nop.m 0
	nop.i 0 ;;
}
