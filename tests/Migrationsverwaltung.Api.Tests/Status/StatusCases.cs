using Migrationsverwaltung.Api.Cases.Appearance;
using Migrationsverwaltung.Api.Cases.Card;
using Migrationsverwaltung.Api.Cases.Completeness;
using Migrationsverwaltung.Api.Cases.Decision;
using Migrationsverwaltung.Api.Cases.Intake;
using Migrationsverwaltung.Api.Cases.Lifecycle;
using Migrationsverwaltung.Api.Cases.Participation;
using Migrationsverwaltung.Api.Infrastructure.Commands;
using Migrationsverwaltung.Api.Infrastructure.Persistence;
using Migrationsverwaltung.Api.Tests.Cases;
using V = Migrationsverwaltung.Domain.Cases;

namespace Migrationsverwaltung.Api.Tests.Status;

/// <summary>Cases driven through MediatR for the lookup tests, each step a (name, command) pair.</summary>
internal static class StatusCases
{
    public sealed record Step(string Name, Func<CaseDriver, Task> Run);

    public static async Task<(CaseDriver Driver, string Token, string FileNumber)> RegisterAsync(StatusHost host)
    {
        var d = new CaseDriver(host.Services, CaseDriver.Caseworker());
        await d.ReceiveAsync("AE_18B", host.Today, currentTitleValidUntil: host.Today.AddDays(20));
        var registered = await d.SendAsync((id, v) => new RegisterCase.Command { CaseId = id, ExpectedVersion = v });
        return (d, registered.Extra![CommandResultKeys.StatusToken], registered.Extra[CommandResultKeys.FileNumber]);
    }

    /// <summary>From a registered AE_18B case (title still valid, BA consent needed) to the handed-over card.</summary>
    public static IReadOnlyList<Step> ToHandover(StatusHost host) =>
    [
        new("completeness check", d => d.SendAsync((id, v) => new StartCompletenessCheck.Command { CaseId = id, ExpectedVersion = v })),
        new("documents requested", d => d.SendAsync((id, v) => new RequestDocuments.Command
        {
            CaseId = id, ExpectedVersion = v, Deadline = host.Today.AddDays(14), Items = [new V.MissingItem("ARBEITSVERTRAG")],
        })),
        new("parked", d => d.SendAsync((id, v) => new Park.Command { CaseId = id, ExpectedVersion = v, Reason = "Pass liegt noch nicht vor" })),
        new("resumed", d => d.SendAsync((id, v) => new Resume.Command { CaseId = id, ExpectedVersion = v })),
        new("documents received", d => d.SendAsync((id, v) => new ReceiveDocuments.Command { CaseId = id, ExpectedVersion = v, DocumentCodes = ["ARBEITSVERTRAG"] })),
        new("BA consent requested", d => d.SendAsync((id, v) => new RequestBaConsent.Command { CaseId = id, ExpectedVersion = v, ReceivedByBaOn = host.Today })),
        new("complete", d => d.SendAsync((id, v) => new ConfirmCompleteness.Command { CaseId = id, ExpectedVersion = v })),
        new("appearance", d => CaseScenarios.CompleteAppearanceAsync(d)),
        new("BA answered", d => d.SendAsync((id, v) => new RecordBaAnswer.Command { CaseId = id, ExpectedVersion = v, Outcome = V.BaOutcome.Granted })),
        new("ready for decision", d => d.SendAsync((id, v) => new DeclareReadyForDecision.Command { CaseId = id, ExpectedVersion = v })),
        new("granted", d => d.SendAsync((id, v) => new Grant.Command { CaseId = id, ExpectedVersion = v, ValidUntil = host.Today.AddYears(2) })),
        new("eAT ordered", d => d.SendAsync((id, v) => new OrderEat.Command { CaseId = id, ExpectedVersion = v })),
        new("eAT in production", d => d.SendAsync((id, v) => new RecordEatInProduction.Command { CaseId = id, ExpectedVersion = v })),
        new("eAT at the office", d => d.SendAsync((id, v) => new RecordEatDeliveredToOffice.Command { CaseId = id, ExpectedVersion = v })),
        new("ready for pickup", d => d.SendAsync((id, v) => new MarkReadyForPickup.Command { CaseId = id, ExpectedVersion = v })),
        new("handed over", d => d.SendAsync((id, v) => new HandOver.Command { CaseId = id, ExpectedVersion = v })),
        new("closed (zdA)", d => d.SendAsync((id, v) => new CloseCase.Command { CaseId = id, ExpectedVersion = v })),
    ];

    public static async Task<(CaseDriver Driver, string Token)> HandedOverAsync(StatusHost host)
    {
        var (d, token, _) = await RegisterAsync(host);
        foreach (var step in ToHandover(host).SkipLast(1))
        {
            await step.Run(d);
        }
        return (d, token);
    }
}
