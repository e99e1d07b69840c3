/**
 * The values of the matches context: results as the standings engine reads them, the points rule,
 * deductions, the tie-break rule set chosen per competition, and the tables it returns. Plain
 * records, so the rules in {@code control} and their tests need no container; the JPA entities of
 * the matches schema will live here too.
 */
package com.sportshub.matches.entity;
