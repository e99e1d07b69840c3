/**
 * This node's side of delivery: which subscriber listens to which channel, their bounded send
 * queues, the fan-out of each update (encoded once) to a channel's members, and what to do about a
 * subscriber that reads too slowly (conflate it, then close it).
 */
package com.sportshub.ws.hub;
