/**
 * The rules of the matches context in plain Java, called by the boundary and by unit tests without
 * a container: the standings engine (points, deductions, total/home/away tables, form, the
 * tie-break rule sets) and the reader of openfootball season files.
 */
package com.sportshub.matches.control;
