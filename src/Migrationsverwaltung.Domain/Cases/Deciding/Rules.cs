using Migrationsverwaltung.Domain.Common;

namespace Migrationsverwaltung.Domain.Cases.Deciding;

internal sealed class Rules : RuleBook<CaseEvent>
{
    private Rules()
    {
    }
}
