/**
 * The WAR's own code: JAX-RS resources over the context boundaries, the security set-up
 * (MicroProfile JWT and its roles) and the mapping of bad input to problem details. It calls
 * boundaries only, never a context's control or store classes.
 */
package com.sportshub.web;
