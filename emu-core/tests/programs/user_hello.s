// ia64play run: write a line to stdout and exit with status 0.
	.explicit
	.text
	.global _start
	.proc _start
_start:
	alloc r14 = ar.pfs, 0, 0, 3, 0
	mov out0 = 1			// stdout
	movl out1 = msg
	mov out2 = 14
	mov r15 = 1027			// write
	;;
	break 0x100000
	;;
	mov out0 = 0
	mov r15 = 1025			// exit
	;;
	break 0x100000
	;;
	.endp _start

	.data
msg:	.ascii "hello, world!\n"
