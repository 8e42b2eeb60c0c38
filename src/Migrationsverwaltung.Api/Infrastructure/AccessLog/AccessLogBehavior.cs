using MediatR;
using Migrationsverwaltung.Api.Infrastructure.Commands;
using Npgsql;

namespace Migrationsverwaltung.Api.Infrastructure.AccessLog;

/// <summary>
/// Records every answered query that returns personal data, after the answer is built and before it leaves:
/// if the record cannot be written, the data is not handed out. (Commands record in their own transaction.)
/// </summary>
public sealed class AccessLogBehavior<TRequest, TResponse>(NpgsqlDataSource dataSource, CurrentActor current) : IPipelineBehavior<TRequest, TResponse>
{
    public async Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        var response = await next();
        if (request is IPersonalDataQuery<TResponse> query)
        {
            await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
            await AccessLogWriter.RecordAsync(connection, current, CommandName.Of(request!), query.SubjectsOf(response), cancellationToken);
        }
        return response;
    }
}
