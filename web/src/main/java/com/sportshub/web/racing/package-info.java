/**
 * The racing API: {@code racing/meetings}, {@code racing/races/{id}}, {@code racing/news}, {@code
 * racing/follows} and {@code racing/simulator}. Request bodies are read into the context's drafts
 * by {@link com.sportshub.web.racing.RacingRequests} (a value of the wrong type is 400 naming the
 * field here; what a value must hold is the context's to say, and it names the field too). Cards
 * are written by the context's {@code RaceJson}, the renderer the socket uses too.
 */
package com.sportshub.web.racing;
