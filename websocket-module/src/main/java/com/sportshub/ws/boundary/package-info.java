/**
 * The delivery layer's entry for the web module: relaying broadcasts. Nothing else of the WebSocket
 * layer is called from outside it.
 */
package com.sportshub.ws.boundary;
