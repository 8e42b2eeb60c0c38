using Migrationsverwaltung.Domain.Cases;

namespace Migrationsverwaltung.Api.Infrastructure.Commands;

/// <summary>The rules every case request shares; each use case's validator adds its own fields.</summary>
public abstract class CaseRequestValidator<TRequest> : StreamRequestValidator<TRequest, CaseCommand> where TRequest : CaseRequest;
