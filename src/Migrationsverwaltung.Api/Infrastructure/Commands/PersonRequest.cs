using System.Text.Json.Serialization;
using FluentValidation;
using MediatR;
using Migrationsverwaltung.Domain.Common;
using Migrationsverwaltung.Domain.Organisation;
using Migrationsverwaltung.Domain.Persons;

namespace Migrationsverwaltung.Api.Infrastructure.Commands;

/// <summary>A request on one person (the applicant's record).</summary>
public abstract record PersonRequest : StreamRequest<PersonCommand>
{
    public required Guid PersonId { get; init; }

    [JsonIgnore]
    public override Guid StreamId => PersonId;
}

/// <summary>A request on the office's organisation (teams, staff): the Administration role's.</summary>
public abstract record OfficeRequest : StreamRequest<OfficeCommand>
{
    public required Guid OfficeId { get; init; }

    [JsonIgnore]
    public override Guid StreamId => OfficeId;

    [JsonIgnore]
    public override IReadOnlySet<Role> AllowedRoles => Roles.Administration;
}

public abstract class PersonCommandHandler<TRequest>(CommandExecutor executor) : IRequestHandler<TRequest, CommandResult>
    where TRequest : PersonRequest
{
    public Task<CommandResult> Handle(TRequest request, CancellationToken cancellationToken) =>
        executor.ExecuteAsync(Aggregates.Person, request, cancellationToken);
}

public abstract class OfficeCommandHandler<TRequest>(CommandExecutor executor) : IRequestHandler<TRequest, CommandResult>
    where TRequest : OfficeRequest
{
    public Task<CommandResult> Handle(TRequest request, CancellationToken cancellationToken) =>
        executor.ExecuteAsync(Aggregates.Office, request, cancellationToken);
}

public abstract class StreamRequestValidator<TRequest, TCommand> : AbstractValidator<TRequest> where TRequest : StreamRequest<TCommand>
{
    protected StreamRequestValidator()
    {
        RuleFor(r => r.StreamId).NotEmpty().WithMessage("Die ID fehlt.");
        RuleFor(r => r.ExpectedVersion).GreaterThanOrEqualTo(0).WithMessage("Die erwartete Version (If-Match) darf nicht negativ sein.");
        RuleFor(r => r.Reason).MaximumLength(4000).WithMessage("Die Begründung ist zu lang (höchstens 4000 Zeichen).");
        RuleFor(r => r.CommandId).MaximumLength(100).WithMessage("Der Idempotency-Key ist zu lang (höchstens 100 Zeichen).");
    }
}
