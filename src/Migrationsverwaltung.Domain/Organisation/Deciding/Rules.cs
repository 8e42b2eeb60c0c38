using Migrationsverwaltung.Domain.Common;

namespace Migrationsverwaltung.Domain.Organisation.Deciding;

internal sealed class Rules : RuleBook<OfficeEvent>
{
    private Rules()
    {
    }
}
