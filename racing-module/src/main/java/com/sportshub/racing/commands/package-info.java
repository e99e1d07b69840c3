/**
 * What writers hand the racing context: the drafts of meetings, races, runners, placings, pools and
 * news, a price quote, and the names they use for pools and tote conventions. Published, like
 * {@code events} and {@code query}, so that the web can build a write without reaching into the
 * context's entities; the boundary takes these and the entities are made from them inside.
 */
package com.sportshub.racing.commands;
