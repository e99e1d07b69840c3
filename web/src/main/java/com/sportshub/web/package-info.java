/**
 * The WAR's own code, in packages by context ({@code odds}, {@code racing}, {@code matches}: the
 * JAX-RS resources over each context's boundary), plus {@code security} (the bearer-token filter,
 * roles) and {@code problems} (every error as problem details). It reaches a context only through
 * its boundary, query, events and commands packages (ArchUnit checks).
 *
 * <p>Here: what serves the node as a whole (the application, the node's and the broadcast's
 * resources, the start-up line, the database readiness check, the OpenAPI description) and what
 * every resource shares. Bodies: every body a resource takes as a JSON-P value is read by {@link
 * com.sportshub.web.JsonBodyReader}, which refuses what no resource can use (the wrong JSON type,
 * deep nesting, absurd numbers, no content type) with a problem naming where it is; {@link
 * com.sportshub.web.Fields} reads the fields of such a body, naming the path of a wrong one. Also
 * here: the warm-up of the write path before readiness ({@link com.sportshub.web.WarmUp}).
 */
package com.sportshub.web;
