/**
 * Observers of the contexts' published events, after their transaction succeeded, that turn each
 * into updates on channels, and the snapshots of those channels. The only place the WebSocket layer
 * touches a context (besides the endpoint's {@code match_command}), and then only its published
 * {@code events} and {@code query} packages.
 *
 * <p>Racing: {@code race_status} must reach clients one by one and in order, so it passes the race
 * channel's conflator ({@link com.sportshub.ws.relay.ChannelRates#publishInOrder}) after whatever
 * prices it holds; prices and pools ({@code odds_update}) are conflated to one update a second.
 * {@code news} and {@code user:} keep no state ({@link com.sportshub.ws.relay.RelayOnlyChannels}):
 * their snapshot is {@code null}.
 */
package com.sportshub.ws.relay;
