/**
 * The only entry to the matches context. For now it owns the matches schema and its migration;
 * matches, match control, events and standings arrive with their own issue.
 */
package com.sportshub.matches.boundary;
