package com.sportshub.web;

import com.sportshub.web.problems.Problems;
import java.util.Map;
import java.util.TreeSet;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;

/**
 * Completes the OpenAPI document Payara generates from the resources ({@code /openapi}): the API's
 * name and how to read it, its bearer-token scheme, which roles each operation needs (from {@link
 * RestOperations}, so it says what the code enforces), and the problem-details answers every
 * operation may give. Registered with {@code mp.openapi.filter}.
 */
public class OpenApiDescription implements OASFilter {

  private static final String SCHEME = "jwt";
  private static final String PROBLEM = "#/components/schemas/Problem";

  @Override
  public void filterOpenAPI(OpenAPI api) {
    api.info(
        OASFactory.createInfo()
            .title("Sports real-time hub")
            .version("1")
            .description(
                "Odds, racing and football matches: reads are public, writes need a MicroProfile"
                    + " JWT with a role. Live updates come over the WebSocket at /ws"
                    + " (/asyncapi.yaml). Every error is RFC 9457 problem details."));
    if (api.getComponents() == null) {
      api.components(OASFactory.createComponents());
    }
    api.getComponents()
        .addSecurityScheme(
            SCHEME,
            OASFactory.createSecurityScheme()
                .type(SecurityScheme.Type.HTTP)
                .scheme("bearer")
                .bearerFormat("JWT")
                .description("A MicroProfile JWT (RS256); its groups hold the roles."))
        .addSchema("Problem", problem());
    Map<String, RestOperations.Operation> declared = RestOperations.all();
    if (api.getPaths() == null) {
      return;
    }
    api.getPaths()
        .getPathItems()
        .forEach(
            (path, item) ->
                item.getOperations()
                    .forEach(
                        (method, operation) ->
                            describe(operation, declared.get(method.name() + " " + path))));
  }

  private static void describe(Operation operation, RestOperations.Operation declared) {
    boolean guarded = declared != null && !declared.roles().isEmpty();
    if (guarded) {
      operation.addSecurityRequirement(OASFactory.createSecurityRequirement().addScheme(SCHEME));
      String roles =
          declared.roles().contains(RestOperations.SIGNED_IN)
              ? RestOperations.SIGNED_IN
              : "roles " + String.join(", ", new TreeSet<>(declared.roles()));
      operation.description(
          (operation.getDescription() == null ? "" : operation.getDescription() + " ")
              + "Needs a token: "
              + roles
              + ".");
      operation.addExtension("x-roles", new TreeSet<>(declared.roles()).stream().toList());
    }
    if (operation.getResponses() == null) {
      operation.responses(OASFactory.createAPIResponses());
    }
    APIResponse success = operation.getResponses().getDefaultValue();
    if (success != null && "Default Response.".equals(success.getDescription())) {
      success.description("The answer (see docs/odds.md, docs/racing.md, docs/matches.md).");
    }
    operation.getResponses().addAPIResponse("400", problem("Bad input; `field` names it."));
    if (guarded) {
      operation.getResponses().addAPIResponse("401", problem("No valid token."));
      operation.getResponses().addAPIResponse("403", problem("The token lacks a role."));
    }
    operation.getResponses().addAPIResponse("404", problem("No such thing or path."));
    operation
        .getResponses()
        .addAPIResponse("503", problem("The database or broker is away: retry after Retry-After."));
  }

  private static APIResponse problem(String description) {
    return OASFactory.createAPIResponse()
        .description(description)
        .content(
            OASFactory.createContent()
                .addMediaType(
                    Problems.MEDIA_TYPE,
                    OASFactory.createMediaType().schema(OASFactory.createSchema().ref(PROBLEM))));
  }

  private static Schema problem() {
    return OASFactory.createSchema()
        .type(Schema.SchemaType.OBJECT)
        .description("RFC 9457 problem details")
        .addProperty("type", OASFactory.createSchema().type(Schema.SchemaType.STRING))
        .addProperty("title", OASFactory.createSchema().type(Schema.SchemaType.STRING))
        .addProperty("status", OASFactory.createSchema().type(Schema.SchemaType.INTEGER))
        .addProperty("detail", OASFactory.createSchema().type(Schema.SchemaType.STRING))
        .addProperty(
            "field",
            OASFactory.createSchema()
                .type(Schema.SchemaType.STRING)
                .description("the input at fault, on 400"));
  }
}
