using Migrationsverwaltung.Domain.Cases;
using Migrationsverwaltung.EventStore;
using Migrationsverwaltung.EventStore.Projections;
using Npgsql;

namespace Migrationsverwaltung.Api.Views.Shared;

/// <summary>
/// Base of the views that need a case's whole state (its deadlines, its step): per batch it loads the folded
/// states of the cases the batch touches (one query), evolves them with the batch's events, lets the view collect
/// its rows once per case into <typeparamref name="TRows"/> (one per batch), and writes them set-based (one
/// statement per table and batch, whatever the number of cases: a bulk import's chunk of thousands of cases costs
/// a handful of statements), and stores the states back. Events of a case that has ended go to
/// <see cref="ProjectEnded"/> (the state is gone), every other event to <see cref="ProjectOther"/>.
/// Per case, <see cref="Project"/> runs at most once per batch and before that case's <see cref="ProjectEnded"/>
/// calls, so the statements of <see cref="Write"/> may run table by table.
/// </summary>
public abstract class CaseFoldingProjection<TRows> : IProjection where TRows : new()
{
    private readonly CaseFolds _folds;

    protected CaseFoldingProjection(string foldTable) => _folds = new CaseFolds(foldTable);

    public abstract string Name { get; }

    /// <summary>The view's DDL (CREATE ... IF NOT EXISTS).</summary>
    protected abstract string Schema { get; }

    /// <summary>Every table the view writes, for a rebuild from zero (the fold table is added).</summary>
    protected abstract IReadOnlyList<string> Tables { get; }

    /// <summary>The case's rows after this batch: <paramref name="state"/> is open, or has just ended.</summary>
    protected abstract void Project(TRows rows, Case state, IReadOnlyList<CaseEvent> applied);

    protected virtual void ProjectEnded(TRows rows, CaseEvent @event)
    {
    }

    protected virtual void ProjectOther(TRows rows, StoredEvent @event)
    {
    }

    /// <summary>The batch's statements: the upserts of the projected cases first, then what the ended events change.</summary>
    protected abstract IEnumerable<NpgsqlBatchCommand> Write(TRows rows);

    public async Task EnsureSchemaAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        await ViewsSchema.CreateAsync(connection, _folds.Schema + Schema, cancellationToken);
        await CaseFoldsUpgrade.RunAsync(connection, _folds, cancellationToken);
    }

    public Task ResetAsync(NpgsqlConnection connection, CancellationToken cancellationToken) =>
        ViewsSchema.TruncateAsync(connection, [_folds.Table, .. Tables], cancellationToken);

    public async Task ApplyAsync(NpgsqlConnection connection, IReadOnlyList<StoredEvent> events, CancellationToken cancellationToken)
    {
        var rows = new TRows();
        var commands = new List<NpgsqlBatchCommand>();
        var byCase = events.Where(e => e.Data is CaseEvent).GroupBy(e => ((CaseEvent)e.Data).CaseId).ToList();
        if (byCase.Count > 0)
        {
            var folds = await _folds.LoadAsync(connection, byCase.ConvertAll(g => g.Key), cancellationToken);
            var after = new Dictionary<Guid, Case>();
            foreach (var stream in byCase)
            {
                if (Fold(rows, folds.GetValueOrDefault(stream.Key), stream.Select(e => (CaseEvent)e.Data)) is { } state)
                {
                    after[stream.Key] = state;
                }
            }
            commands.AddRange(_folds.Save(after));
        }
        foreach (var other in events.Where(e => e.Data is not CaseEvent))
        {
            ProjectOther(rows, other);
        }
        commands.AddRange(Write(rows));
        await Sql.ExecuteAsync(connection, commands, cancellationToken);
    }

    /// <summary>The state after the events, or null when there was none to change (the case had ended before).</summary>
    private Case? Fold(TRows rows, Case? state, IEnumerable<CaseEvent> events)
    {
        var applied = new List<CaseEvent>();
        Case? last = null;
        foreach (var e in events)
        {
            if (state is null && e is not ApplicationReceived)
            {
                ProjectEnded(rows, e);
                continue;
            }
            state = CaseEvolution.Evolve(state ?? Case.Initial, e);
            applied.Add(e);
            if (!state.Status.IsOpen())
            {
                // Ended: written now; what follows in this batch is an ended case's event, as in a later batch.
                Project(rows, state, applied);
                (last, state) = (state, null);
                applied.Clear();
            }
        }
        if (state is not null && applied.Count > 0)
        {
            Project(rows, state, applied);
            return state;
        }
        return last;
    }
}
