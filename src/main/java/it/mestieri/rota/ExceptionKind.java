package it.mestieri.rota;

/**
 * How one date of a shift differs: nobody comes, a counsellor is away, or a counsellor is
 * replaced.
 */
enum ExceptionKind {

	CANCELLED, ABSENT, SWAP

}
