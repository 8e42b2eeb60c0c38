using MediatR;

namespace Migrationsverwaltung.Api.Infrastructure.AccessLog;

/// <summary>A query whose answer holds a person's or a case's data: its subjects are recorded in the access log.</summary>
public interface IPersonalDataQuery<TResponse> : IRequest<TResponse>
{
    IEnumerable<Guid> SubjectsOf(TResponse response);
}
