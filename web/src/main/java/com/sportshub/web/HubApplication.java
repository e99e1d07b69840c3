package com.sportshub.web;

import com.sportshub.web.security.Roles;
import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.auth.LoginConfig;

/**
 * The REST API under {@code /api}. Reads are public; writes need a MicroProfile JWT whose {@code
 * groups} hold one of the roles below.
 *
 * <p>Application-scoped as well: with annotated bean discovery Payara only wires MP-JWT (and its
 * {@code JsonWebToken}) when the class carrying {@code @LoginConfig} is a CDI bean.
 */
@ApplicationPath("api")
@LoginConfig(authMethod = "MP-JWT")
@DeclareRoles({Roles.ADMIN, Roles.PUBLISHER, Roles.REFEREE})
@ApplicationScoped
public class HubApplication extends Application {}
