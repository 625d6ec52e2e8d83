package it.mestieri.reception;

/** How the visitor got the ticket. */
public enum Channel {

	RECEPTION, KIOSK, API

}
