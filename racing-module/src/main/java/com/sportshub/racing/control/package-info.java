/**
 * Racing rules in plain Java, callable without a container: the race lifecycle, tote dividends,
 * Rule 4 deductions and exchange reduction factors. Each cites the public rule it follows, so a
 * disputed number can be checked against its source.
 */
package com.sportshub.racing.control;
