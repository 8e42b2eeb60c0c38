using FluentValidation;

namespace Migrationsverwaltung.Api.Infrastructure.Commands;

/// <summary>The rules every case request shares; each use case's validator adds its own fields.</summary>
public abstract class CaseRequestValidator<TRequest> : AbstractValidator<TRequest> where TRequest : CaseRequest
{
    protected CaseRequestValidator()
    {
        RuleFor(r => r.CaseId).NotEmpty().WithMessage("Die Verfahrens-ID fehlt.");
        RuleFor(r => r.ExpectedVersion).GreaterThanOrEqualTo(0).WithMessage("Die erwartete Version (If-Match) darf nicht negativ sein.");
        RuleFor(r => r.Reason).MaximumLength(4000).WithMessage("Die Begründung ist zu lang (höchstens 4000 Zeichen).");
        RuleFor(r => r.CommandId).MaximumLength(100).WithMessage("Der Idempotency-Key ist zu lang (höchstens 100 Zeichen).");
    }
}
