/**
 * The only entry to the racing context. For now it owns the racing schema and its migration; race
 * cards, the race lifecycle, odds, tote pools and results arrive with their own issue.
 */
package com.sportshub.racing.boundary;
