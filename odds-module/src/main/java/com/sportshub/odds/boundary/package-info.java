/**
 * The only entry to the odds context: facades that start transactions, store prices and fire the
 * published events after a state change, and the migration of the odds schema.
 */
package com.sportshub.odds.boundary;
