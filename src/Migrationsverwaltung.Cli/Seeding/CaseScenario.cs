using Migrationsverwaltung.Api.Infrastructure.Persistence;
using Migrationsverwaltung.Domain.Cases;
using Migrationsverwaltung.Domain.Catalogue;
using Migrationsverwaltung.Domain.Common;

namespace Migrationsverwaltung.Cli.Seeding;

internal enum Fate { Granted, Rejected, Withdrawn, Settled }

/// <summary>Everything a case starts from: who applies where for what, and how it will end if time allows.</summary>
internal sealed record CaseStart(
    Guid CaseId, Guid PersonId, SeedOffice Office, SeedTeam Team, string Caseworker, TitleDefinition Title, string CatalogueVersion,
    ApplicationKind Kind, DateOnly ReceivedOn, DateOnly? CurrentTitleValidUntil, bool LawfulStayWithoutTitle, Fate Fate, string StatusToken);

/// <summary>
/// The procedure of DOMAIN.md for one case, step by step with waits drawn from its workload figures: intake, completeness
/// check with 0–2 document rounds, appearance with fee, participations in parallel, decision (a rejection after a hearing
/// and four-eyes review), the card, zdA. Withdrawals, settlements and parking interrupt it. Stops at the simulated present.
/// </summary>
internal sealed partial class CaseScenario(CaseRun run, CaseStart start, SeedRandom random, Func<SeedOffice, int, string> nextFileNumber)
{
    private Actor Caseworker => new(start.Caseworker, Role.Sachbearbeitung, start.Team.Id);
    private Actor Lead => new(start.Team.Lead, Role.Teamleitung, start.Team.Id);
    private Guid Id => start.CaseId;

    public void Run()
    {
        Intake();
        var interruptAt = start.Fate is Fate.Withdrawn or Fate.Settled ? random.Between(1, 4) : 0;
        var parkAt = random.Chance(Workload.Parked) ? random.Between(1, 3) : 0;
        var phases = new Func<bool>[] { Completeness, Appearance, Participations };
        for (var phase = 1; phase <= phases.Length; phase++)
        {
            if (phase == parkAt)
            {
                ParkForAWhile();
            }
            if (phase == interruptAt)
            {
                Interrupt();
                return;
            }
            if (!phases[phase - 1]())
            {
                break;
            }
        }
        if (interruptAt == 4)
        {
            Interrupt();
            return;
        }
        Decide();
    }

    private void Intake()
    {
        var c = start;
        run.Do(Caseworker, ctx => new ReceiveApplication(Id, ctx, c.PersonId, c.Office.Id, c.Team.Id, c.Title.Code, c.CatalogueVersion, c.Kind,
            random.Weighted([(ApplicationChannel.Counter, 0.35), (ApplicationChannel.Post, 0.25), (ApplicationChannel.Online, 0.25),
                (ApplicationChannel.Email, 0.1), (ApplicationChannel.Partner, 0.05)]),
            c.ReceivedOn, (BaConsentNeed)c.Title.BaConsent, c.Title.ShortenedBaFiction, c.Title.IssuesEat, c.CurrentTitleValidUntil, c.LawfulStayWithoutTitle));
        if (!run.After(random.Days(1, 0.8, 10)))
        {
            return;
        }
        var fileNumber = nextFileNumber(c.Office, run.Today.Year);
        run.Do(Caseworker, ctx => new RegisterCase(Id, ctx, fileNumber, StatusTokens.HashOf(c.StatusToken)!));
        run.Do(Lead, ctx => new AssignCase(Id, ctx, c.Caseworker, c.Team.Id));
    }

    /// <summary>The wait in the office's queue, then the check; missing documents are asked for 0–2 times, 2–4 weeks each.</summary>
    private bool Completeness()
    {
        if (!run.After(random.Days(8, 0.8, 200)))
        {
            return false;
        }
        run.Do(Caseworker, ctx => new StartCompletenessCheck(Id, ctx));
        if (start.CurrentTitleValidUntil is not null || start.LawfulStayWithoutTitle)
        {
            IssueFiktionIfNeeded();
        }
        var rounds = random.Weighted(Workload.DocumentRounds.Select(r => (r.Rounds, r.Weight)).ToList());
        for (var round = 0; round < rounds; round++)
        {
            var deadline = run.Today.AddDays(random.Between(14, 28));
            var items = start.Title.RequiredDocuments.Length == 0 ? ["PASS"] : start.Title.RequiredDocuments.OrderBy(_ => random.Next()).Take(random.Between(1, 2)).ToList();
            run.Do(Caseworker, ctx => new RequestDocuments(Id, ctx, [.. items.Select(code => new MissingItem(code))], deadline));
            if (start.Fate == Fate.Rejected && round == rounds - 1 && random.Chance(0.5))
            {
                // The documents never come: the office decides on the file as it stands (and rejects).
                if (run.After(deadline.DayNumber - run.Today.DayNumber + random.Between(1, 10)))
                {
                    run.Do(Caseworker, ctx => new ProceedWithoutDocuments(Id, ctx), "Unterlagen trotz Frist nicht eingereicht");
                }
                return true;
            }
            if (!run.After(random.Days(16, 0.4, deadline.DayNumber - run.Today.DayNumber + 20)))
            {
                return false;
            }
            run.Do(Caseworker, ctx => new ReceiveDocuments(Id, ctx, items));
        }
        run.Do(Caseworker, ctx => new ConfirmCompleteness(Id, ctx));
        return true;
    }

    /// <summary>The appointment (Vorsprache): identity, for an eAT fingerprints and signature, and the fee charged and paid.</summary>
    private bool Appearance()
    {
        if (run.State.Status != CaseStatus.Appearance)
        {
            return true; // went on without documents: straight to the decision
        }
        var fee = Fee();
        run.Do(Caseworker, ctx => new ChargeFee(Id, ctx, fee.Id, fee.Purpose, fee.Cents, fee.LegalBasis));
        if (!run.After(random.Days(10, 0.7, 150)))
        {
            return false;
        }
        if (fee.Cents > 0)
        {
            run.Do(Caseworker, ctx => new RecordFeePayment(Id, ctx, fee.Id, fee.Cents));
        }
        run.Do(Caseworker, ctx => new RecordIdentityChecked(Id, ctx));
        if (start.Title.IssuesEat)
        {
            run.Do(Caseworker, ctx => new RecordFingerprintsTaken(Id, ctx));
            run.Do(Caseworker, ctx => new RecordSignatureTaken(Id, ctx));
        }
        run.Do(Caseworker, ctx => new CompleteAppearance(Id, ctx));
        return true;
    }

    private (Guid Id, string Purpose, long Cents, string LegalBasis) Fee()
    {
        var wanted = start.Kind switch
        {
            ApplicationKind.Extension => FeeKind.ExtensionOver3Months,
            ApplicationKind.ChangeOfPurpose => FeeKind.ChangeOfPurpose,
            _ => FeeKind.Issue,
        };
        var kind = start.Title.Fees.Items.ContainsKey(wanted) ? wanted : start.Title.Fees.Items.Keys.First();
        var assessment = FeeCalculator.Calculate(start.Title, new FeeRequest(kind) { AgeAtApplication = 30 });
        return (random.Guid(), start.Title.GermanName, assessment.AmountCents, assessment.LegalBasis);
    }
}
