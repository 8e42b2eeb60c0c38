using System.Globalization;
using FluentValidation;
using MediatR;
using Migrationsverwaltung.Api.Documents.Queries;
using Migrationsverwaltung.Api.Infrastructure.Commands;
using Migrationsverwaltung.Api.Infrastructure.Http;
using Migrationsverwaltung.Domain.Calendar;
using Migrationsverwaltung.Domain.Common;
using Migrationsverwaltung.Domain.Files;
using Verfahren = Migrationsverwaltung.Domain.Cases;

namespace Migrationsverwaltung.Api.Cases.Completeness;

/// <summary>
/// Requests what the person's file lacks for this case (§ 82(1) AufenthV): the missing and expired documents come
/// from the completeness check, the deadline from the caseworker. The answer carries the letter's list (Extra "letter").
/// </summary>
public static class RequestMissingDocuments
{
    [Action("missing-document-requests", Summary = "Requests the documents the file lacks for this case (from the completeness check) with a deadline")]
    public sealed record Command : CaseRequest
    {
        public required DateOnly Deadline { get; init; }

        public override Verfahren.CaseCommand ToDomain(CommandContext context) => throw new NotSupportedException("The list comes from the completeness check.");
    }

    public sealed class Validator : CaseRequestValidator<Command>
    {
        public Validator()
        {
            RuleFor(r => r.Deadline).NotEqual(default(DateOnly)).WithMessage("Die Frist fehlt.");
        }
    }

    public sealed class Handler(CommandExecutor executor, FileLoader files) : IRequestHandler<Command, CommandResult>
    {
        public Task<CommandResult> Handle(Command request, CancellationToken cancellationToken) =>
            executor.ExecuteAsync(Aggregates.Case, request, async (context, @case, _, ct) =>
            {
                if (@case.Id == Guid.Empty)
                {
                    throw new Migrationsverwaltung.EventStore.StreamNotFoundException(request.CaseId);
                }
                var (file, _, _) = await files.LoadAsync(@case.PersonId, ct);
                var missing = Domain.Files.Completeness.ToRequest(GetCaseCompleteness.Of(@case, file, BerlinTime.DateOf(context.Now)));
                if (missing.Count == 0)
                {
                    throw new RuleViolation("Die Akte enthält alle erforderlichen Unterlagen für dieses Verfahren; es fehlt nichts.");
                }
                var items = missing.Select(m => new Verfahren.MissingItem(m.DocumentCode, Note(m))).ToList();
                var letter = string.Join("\n", missing.Select(m => $"- {m.GermanName}{(Note(m) is { } note ? $" ({note})" : "")}"))
                             + $"\nBitte reichen Sie die Unterlagen bis zum {request.Deadline.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture)} ein.";
                return new Prepared<Verfahren.CaseCommand>(new Verfahren.RequestDocuments(request.CaseId, context, items, request.Deadline),
                    new Dictionary<string, string> { ["letter"] = letter, ["items"] = string.Join(",", items.Select(i => i.DocumentCode)) });
            }, cancellationToken);
    }

    private static string? Note(RequiredDocument document) => document.State == RequirementState.Expired && document.ValidUntil is { } until
        ? $"abgelaufen am {until.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture)}"
        : null;
}
