/**
 * Every error as problem details (RFC 9457): resources and filters answer with {@link
 * com.sportshub.web.problems.Problems}; every context's refusal, and the web's own {@link
 * com.sportshub.web.problems.InvalidInput}, goes through the one {@link
 * com.sportshub.web.problems.RefusalMapper}; the other mappers catch what JAX-RS and the JSON
 * reader throw. What the container answers itself (the MP-JWT mechanism's 401, a path outside the
 * API) goes to the error page {@link com.sportshub.web.problems.ContainerErrors}. The database
 * being away is 503, logged once per outage ({@link com.sportshub.web.problems.DatabaseOutage}), as
 * the broker's backlog is.
 */
package com.sportshub.web.problems;
