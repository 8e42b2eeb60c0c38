using Migrationsverwaltung.Domain.Cases;

namespace Migrationsverwaltung.Cli.Seeding;

internal sealed partial class CaseScenario
{
    public SettlementKind? SettledAs { get; private set; }

    /// <summary>BA consent where the title needs it, security check and AZR in about half and a fifth of the cases, in parallel.</summary>
    private bool Participations()
    {
        if (run.State.Status != CaseStatus.Participation)
        {
            return true;
        }
        var answers = new List<(int Days, Action<SeedRandom> Answer)>();
        var ba = run.State.BaConsentNeed == BaConsentNeed.Required || (run.State.BaConsentNeed == BaConsentNeed.Depends && random.Chance(0.5));
        if (ba)
        {
            run.Do(Caseworker, ctx => new RequestBaConsent(Id, ctx, run.Today));
            if (random.Chance(Workload.BaAnswersInTime))
            {
                var outcome = start.Fate == Fate.Rejected && random.Chance(Workload.BaRefuses * 10) ? BaOutcome.Refused : BaOutcome.Granted;
                answers.Add((random.Between(1, 13), _ => run.Do(Caseworker, ctx => new RecordBaAnswer(Id, ctx, outcome))));
            }
            else
            {
                answers.Add((random.Between(20, 24), _ => run.Do(Caseworker, ctx => new ApplyBaConsentFiction(Id, ctx))));
            }
        }
        if (random.Chance(Workload.SecurityCheck))
        {
            run.Do(Caseworker, ctx => new RequestSecurityCheck(Id, ctx));
            answers.Add((random.Between(1, 10), _ => run.Do(Caseworker, ctx => new RecordSecurityCheckResult(Id, ctx, SecurityCheckOutcome.NoFindings))));
        }
        if (random.Chance(Workload.AzrQuery))
        {
            run.Do(Caseworker, ctx => new QueryAzr(Id, ctx));
            answers.Add((random.Between(0, 2), _ => run.Do(Caseworker, ctx => new RecordAzrAnswer(Id, ctx))));
        }
        var elapsed = 0;
        foreach (var (days, answer) in answers.OrderBy(a => a.Days))
        {
            if (!run.After(days - elapsed))
            {
                return false;
            }
            elapsed = days;
            answer(random);
        }
        if (!run.After(random.Between(0, 3)))
        {
            return false;
        }
        run.Do(Caseworker, ctx => new DeclareReadyForDecision(Id, ctx));
        return true;
    }

    private void Decide()
    {
        if (run.State.Status != CaseStatus.ReadyForDecision || !run.After(random.Days(6, 0.8, 150)))
        {
            return;
        }
        if (start.Fate == Fate.Rejected || run.State.Ba?.Outcome == nameof(BaOutcome.Refused) || !run.State.AppearanceCompleted)
        {
            Reject();
        }
        else
        {
            Grant();
        }
    }

    /// <summary>Hearing (§ 28 VwVfG), proposal, four-eyes approval by the team lead, notice; final after the remedy period or a remedy.</summary>
    private void Reject()
    {
        var hearingDeadline = run.Today.AddDays(random.Between(14, 28));
        run.Do(Caseworker, ctx => new AnnounceIntentToReject(Id, ctx, hearingDeadline), "Voraussetzungen nach Aktenlage nicht erfüllt");
        var statement = random.Chance(0.4);
        if (!run.After(statement ? random.Between(5, 13) : hearingDeadline.DayNumber - run.Today.DayNumber + random.Between(1, 10)))
        {
            return;
        }
        if (statement)
        {
            run.Do(Caseworker, ctx => new RecordHearingStatement(Id, ctx));
        }
        run.Do(Caseworker, ctx => new ProposeRejection(Id, ctx), "Voraussetzungen auch nach Anhörung nicht erfüllt");
        if (!run.After(random.Between(1, 7)))
        {
            return;
        }
        run.Do(Lead, ctx => new ApproveRejection(Id, ctx));
        if (!run.After(random.Between(2, 5)))
        {
            return;
        }
        var servedOn = run.Today.AddDays(-1);
        run.Do(Caseworker, ctx => new ServeNotice(Id, ctx, servedOn, WithInstructionsOnRemedies: true));
        if (random.Chance(0.2))
        {
            if (!run.After(random.Between(7, 25)))
            {
                return;
            }
            run.Do(Caseworker, ctx => new RecordLegalRemedy(Id, ctx, run.Today));
            if (!run.After(random.Days(150, 0.5, 600)))
            {
                return;
            }
            run.Do(Caseworker, ctx => new DeclareRejectionFinal(Id, ctx), "Widerspruch zurückgewiesen");
        }
        else
        {
            if (!run.After(random.Between(38, 50)))
            {
                return;
            }
            run.Do(Caseworker, ctx => new DeclareRejectionFinal(Id, ctx));
        }
        Close();
    }

    /// <summary>Granted: the eAT is ordered, produced (7–35 days, median 21), delivered, picked up (or sent directly); then zdA.</summary>
    private void Grant()
    {
        var months = start.Title.DefaultValidityMonths ?? (start.Title.Category == Domain.Catalogue.TitleCategory.Permanent ? 120 : 24);
        run.Do(Caseworker, ctx => new Grant(Id, ctx, run.Today.AddMonths(months)));
        if (start.Title.IssuesEat)
        {
            var direct = random.Chance(Workload.DirectDispatch);
            run.Do(Caseworker, ctx => new OrderEat(Id, ctx, random.Chance(Workload.ExpressProduction), direct));
            if (!run.After(random.Between(1, 2)))
            {
                return;
            }
            run.Do(Caseworker, ctx => new RecordEatInProduction(Id, ctx));
            if (!run.After(Math.Clamp(random.Days(Workload.EatProductionMedianDays, 0.35, 35), 7, 35)))
            {
                return;
            }
            if (direct)
            {
                run.Do(Caseworker, ctx => new RecordDeliveryToApplicant(Id, ctx));
            }
            else
            {
                run.Do(Caseworker, ctx => new RecordEatDeliveredToOffice(Id, ctx));
                if (!run.After(random.Between(0, 2)))
                {
                    return;
                }
                run.Do(Caseworker, ctx => new MarkReadyForPickup(Id, ctx));
                if (!run.After(random.Days(7, 0.8, 90)))
                {
                    return;
                }
                run.Do(Caseworker, ctx => new HandOver(Id, ctx));
            }
        }
        else if (run.After(random.Between(0, 3)))
        {
            run.Do(Caseworker, ctx => new HandOver(Id, ctx));
        }
        Close();
    }

    /// <summary>Withdrawn by the applicant or settled (moved away, died, naturalised) before the decision.</summary>
    private void Interrupt()
    {
        if (run.State.Status == CaseStatus.Parked || !run.After(random.Days(15, 0.8, 120)))
        {
            return;
        }
        if (start.Fate == Fate.Withdrawn)
        {
            run.Do(Caseworker, ctx => new Withdraw(Id, ctx, OnApplicantsBehalf: false));
        }
        else
        {
            var kind = random.Weighted([(SettlementKind.MovedAway, 0.7), (SettlementKind.Naturalised, 0.2), (SettlementKind.Died, 0.1)]);
            run.Do(Caseworker, ctx => new Settle(Id, ctx, kind, kind == SettlementKind.MovedAway ? "05999000" : null));
            SettledAs = run.State.Status == CaseStatus.Settled ? kind : null;
        }
        Close();
    }

    private void Close()
    {
        if (run.After(random.Days(2, 1, 60)))
        {
            run.Do(Caseworker, ctx => new CloseCase(Id, ctx));
        }
    }

    /// <summary>Parked (e.g. waiting for a passport) for one to four months, then resumed; stays parked if the present comes first.</summary>
    private void ParkForAWhile()
    {
        if (!run.State.Status.IsOpen() || run.State.Status == CaseStatus.Parked)
        {
            return;
        }
        run.Do(Caseworker, ctx => new Park(Id, ctx), "Warten auf gültigen Pass");
        if (run.After(random.Days(60, 0.5, 200)))
        {
            run.Do(Caseworker, ctx => new Resume(Id, ctx));
        }
    }

    /// <summary>A Fiktionsbescheinigung for about a sixth of the entitled applicants (for travel or an employer).</summary>
    private void IssueFiktionIfNeeded()
    {
        if (run.State.FiktionBasis is null || !random.Chance(0.15))
        {
            return;
        }
        var number = $"F{random.Between(1_000_000, 9_999_999)}";
        run.Do(Caseworker, ctx => new IssueFiktionsbescheinigung(Id, ctx, number, run.Today.AddMonths(3)));
    }
}
