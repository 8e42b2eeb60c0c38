using Migrationsverwaltung.Api.Documents.Queries;
using Migrationsverwaltung.Api.Infrastructure.Commands;
using Store = Migrationsverwaltung.EventStore.EventStore;

namespace Migrationsverwaltung.Api.Appointments.Booking;

/// <summary>The office books only for a case that exists and belongs to the caseworker's team.</summary>
public sealed class OfficeCases(Store store, CommandExecutor access)
{
    public async Task EnsureMayBookForAsync(Guid caseId, CancellationToken cancellationToken)
    {
        var @case = await GetCaseCompleteness.LoadCaseAsync(store, caseId, cancellationToken);
        access.EnsureSameTeam(@case.TeamId);
    }
}
