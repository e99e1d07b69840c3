/**
 * The odds API: {@code odds/feed} (pushes in The Odds API shape), reads of sports, live events and
 * an event's book and history, and {@code odds/publisher}. Books are written by the context's
 * {@code OddsJson}, the renderer the socket uses too.
 */
package com.sportshub.web.odds;
