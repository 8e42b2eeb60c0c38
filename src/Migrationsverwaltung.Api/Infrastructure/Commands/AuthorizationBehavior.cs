using MediatR;

namespace Migrationsverwaltung.Api.Infrastructure.Commands;

/// <summary>Which role may send which command; the team check needs the case and happens in the handler.</summary>
public sealed class AuthorizationBehavior<TRequest, TResponse>(CurrentActor current) : IPipelineBehavior<TRequest, TResponse>
{
    public Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        if (request is ICommandRequest command && !command.AllowedRoles.Contains(current.Actor.Role))
        {
            throw new ForbiddenException($"Die Rolle {current.Actor.Role} darf „{CommandName.Of(request)}“ nicht ausführen.");
        }
        return next();
    }
}

public static class CommandName
{
    /// <summary>"RequestDocuments" for Cases.RequestingDocuments.RequestDocuments+Command: the use case, never data.</summary>
    public static string Of(object request) => Of(request.GetType());

    public static string Of(Type type) => type.DeclaringType?.Name ?? type.Name;
}
