/**
 * Odds rules and stores: plain logic and EntityManager access behind the boundary. Nothing here
 * fires events or is called from outside the context.
 */
package com.sportshub.odds.control;
