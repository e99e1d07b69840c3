/**
 * Observers of the contexts' published events, after their transaction succeeded, that turn each
 * into updates on channels. The only place the WebSocket layer touches a context, and then only its
 * {@code events} package.
 */
package com.sportshub.ws.relay;
