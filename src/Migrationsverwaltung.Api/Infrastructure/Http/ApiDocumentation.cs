using Microsoft.OpenApi;

namespace Migrationsverwaltung.Api.Infrastructure.Http;

/// <summary>The OpenAPI document at /openapi/v1.json and Swagger UI at /docs, both open without a token; enums as names.</summary>
public static class ApiDocumentation
{
    private const string BearerScheme = "Bearer";

    public static IServiceCollection AddApiDocumentation(this IServiceCollection services) => services
        // Enums travel as their names (documented as string enums), as the command bodies expect them.
        .ConfigureHttpJsonOptions(json => json.SerializerOptions.Converters.Add(new System.Text.Json.Serialization.JsonStringEnumConverter()))
        .AddOpenApi("v1", options => options.AddOperationTransformer(OpenApiExamples.AddRequestExample).AddOperationTransformer((operation, context, _) =>
        {
            // Anonymous endpoints (health, status lookup, documentation) say so; everything else needs a bearer token.
            var anonymous = context.Description.ActionDescriptor.EndpointMetadata.OfType<Microsoft.AspNetCore.Authorization.IAllowAnonymous>().Any()
                            || context.Description.RelativePath?.StartsWith("health", StringComparison.Ordinal) == true;
            operation.Security = anonymous ? [] : [new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(BearerScheme, context.Document)] = [] }];
            return Task.CompletedTask;
        }).AddDocumentTransformer((document, _, _) =>
        {
            document.Components ??= new OpenApiComponents();
            document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
            document.Components.SecuritySchemes[BearerScheme] = new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.Http, Scheme = "bearer", BearerFormat = "JWT",
                Description = "OIDC access token (JWT) with the claims sub, role and team.",
            };
            document.Info = new OpenApiInfo
            {
                Title = "Migrationsverwaltung",
                Version = "v1",
                Description = "Fallbearbeitung und E-Akte für Ausländerbehörden. Änderungen brauchen If-Match (ETag der gelesenen Version); " +
                              "Idempotency-Key macht Wiederholungen sicher; Fehler sind RFC 9457 ProblemDetails.",
                License = new OpenApiLicense { Name = "Open source" },
                Contact = new OpenApiContact { Name = "Migrationsverwaltung", Url = new Uri("https://example.org/migrationsverwaltung") },
            };
            document.Servers = [new OpenApiServer { Url = "/" }];
            return Task.CompletedTask;
        }));

    public static WebApplication MapApiDocumentation(this WebApplication app)
    {
        app.MapOpenApi("/openapi/{documentName}.json").AllowAnonymous();
        app.UseSwaggerUI(options =>
        {
            options.RoutePrefix = "docs";
            options.SwaggerEndpoint("/openapi/v1.json", "Migrationsverwaltung v1");
            options.DocumentTitle = "Migrationsverwaltung – API";
        });
        return app;
    }
}
