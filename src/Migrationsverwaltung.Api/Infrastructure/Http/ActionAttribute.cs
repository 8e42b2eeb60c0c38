namespace Migrationsverwaltung.Api.Infrastructure.Http;

/// <summary>
/// The HTTP resource of a command: POST {collection}/{id}/{Action}, or POST {collection} when Creates is set.
/// It sits on the use case's Command, so the endpoint lives in the use case's file.
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class ActionAttribute(string action) : Attribute
{
    public string Action { get; } = action;

    /// <summary>One line for the OpenAPI document and Swagger UI.</summary>
    public required string Summary { get; init; }

    /// <summary>The command creates the stream: POST on the collection, 201 Created, no If-Match.</summary>
    public bool Creates { get; init; }
}

/// <summary>A command without a generic JSON resource: the system sends it itself (retention job, upload intake), or its own endpoint does (uploads).</summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class InternalCommandAttribute : Attribute;
