package com.sportshub.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/**
 * The REST API under {@code /api}. Reads are public; writes need a MicroProfile JWT whose {@code
 * groups} hold one of the {@link com.sportshub.web.security.Roles}: {@link
 * com.sportshub.web.security.BearerAuthentication} verifies it, {@link
 * com.sportshub.web.security.RoleCheck} holds each method to its {@code @RolesAllowed}.
 */
@ApplicationPath("api")
@ApplicationScoped
public class HubApplication extends Application {}
