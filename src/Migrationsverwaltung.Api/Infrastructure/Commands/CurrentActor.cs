using Migrationsverwaltung.Domain.Common;

namespace Migrationsverwaltung.Api.Infrastructure.Commands;

/// <summary>
/// The acting user of the current request, from the authenticated token (issue 4 maps the claims) or set
/// by a job. Commands are refused without one: nothing is done anonymously.
/// </summary>
public sealed class CurrentActor
{
    private Actor? _actor;

    public Actor Actor => _actor ?? throw new UnauthenticatedException();

    public bool IsKnown => _actor is not null;

    public void Set(Actor actor) => _actor = actor;
}

public sealed class UnauthenticatedException() : Exception("Diese Aktion erfordert eine Anmeldung.");

/// <summary>The role or team of the acting user does not allow the command.</summary>
public sealed class ForbiddenException(string message) : Exception(message);
