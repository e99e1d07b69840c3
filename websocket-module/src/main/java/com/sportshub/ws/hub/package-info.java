/**
 * This node's side of delivery: which subscriber listens to which channel, their bounded send
 * queues, and the fan-out of each update (encoded once) to a channel's members.
 */
package com.sportshub.ws.hub;
